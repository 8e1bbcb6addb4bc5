import { fold } from './fold';

/** Abbreviations officials print for agency names, expanded before comparing. */
const ABBREVIATIONS: [RegExp, string][] = [
  [/UBND/g, 'Ủy ban nhân dân'],
  [/HĐND/g, 'Hội đồng nhân dân'],
  [/TT&TT|TTTT/g, 'Thông tin và Truyền thông'],
  [/VH&TT|VHTT/g, 'Văn hóa và Thông tin'],
  [/VHTT&DL|VH,TT&DL|VHTTDL/g, 'Văn hóa, Thể thao và Du lịch'],
  [/TTĐT/g, 'thông tin điện tử'],
  [/KH&ĐT|KHĐT/g, 'Kế hoạch và Đầu tư'],
  [/PT-TH|PTTH/g, 'Phát thanh Truyền hình'],
  [/MTTQ/g, 'Mặt trận Tổ quốc'],
  [/BCH/g, 'Ban Chỉ huy'],
  [/\bTT\.\s*/g, 'Thường trực '],
];

/** A name reduced for comparison: abbreviations expanded, diacritics, punctuation and the word "các" dropped. */
export function agencyKey(name: string): string {
  let text = name;
  for (const [re, full] of ABBREVIATIONS) text = text.replace(re, full);
  return fold(text)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface AgencyCandidate<Id> {
  id: Id;
  name: string;
  shortName?: string | null;
  /** 0 for the document's own unit, higher further away. */ distance: number;
}

/**
 * The catalogued agency a printed name means: an exact match of its name or short name first, then a catalogue name
 * that begins with the printed one ("UBND huyện" → "Ủy ban nhân dân huyện Bố Trạch"); nearer units win ties.
 */
export function matchAgency<Id>(printed: string, candidates: AgencyCandidate<Id>[]): AgencyCandidate<Id> | undefined {
  const key = agencyKey(printed.replace(/\s*\((b\/c|báo cáo)\)\s*$/i, ''));
  if (!key) return undefined;
  let best: { candidate: AgencyCandidate<Id>; score: number } | undefined;
  for (const candidate of candidates) {
    const keys = [candidate.name, candidate.shortName].filter((n): n is string => Boolean(n)).map(agencyKey);
    const score = keys.includes(key) ? 3 : keys.some((k) => k.startsWith(`${key} `)) ? 2 : 0;
    if (!score) continue;
    const rank = score * 100 - candidate.distance;
    if (!best || rank > best.score) best = { candidate, score: rank };
  }
  return best?.candidate;
}

/**
 * The agencies a printed list names ("Sở Văn hóa, Thể thao và Du lịch, Sở Công Thương và các đơn vị có liên quan"):
 * commas and "và" separate names but also occur inside them, so the longest run of pieces that is a catalogued
 * name wins; pieces that match nothing are returned as printed, joined to the piece before when they carry on it.
 */
export function agenciesIn<Id>(
  printed: string,
  candidates: AgencyCandidate<Id>[],
): { matched: AgencyCandidate<Id>[]; unmatched: string[] } {
  const parts = printed
    .replace(/\s*\((b\/c|báo cáo)\)\s*$/i, '')
    .replace(/[.;]\s*$/, '')
    .split(/(\s*[,;]\s*|\s+và\s+)/u);
  const pieces = parts.filter((_, i) => i % 2 === 0);
  const separators = parts.filter((_, i) => i % 2 === 1);
  const join = (from: number, to: number) =>
    pieces
      .slice(from, to + 1)
      .map((p, k) => (k ? separators[from + k - 1] : '') + p)
      .join('')
      .trim();
  const matched: AgencyCandidate<Id>[] = [];
  const unmatched: string[] = [];
  for (let i = 0; i < pieces.length;) {
    let found: { to: number; agency: AgencyCandidate<Id> } | undefined;
    for (let to = pieces.length - 1; to >= i && !found; to--) {
      const agency = matchAgency(join(i, to), candidates);
      if (agency) found = { to, agency };
    }
    if (found) {
      if (!matched.includes(found.agency)) matched.push(found.agency);
      i = found.to + 1;
      continue;
    }
    const piece = pieces[i].trim();
    if (unmatched.length && /^[a-zđà-ỹ]/u.test(piece) && !/^các\s/.test(piece))
      unmatched[unmatched.length - 1] += `${separators[i - 1]}${piece}`;
    else if (piece) unmatched.push(piece);
    i++;
  }
  return { matched, unmatched };
}
