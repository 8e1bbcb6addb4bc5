import { fold } from './fold';

/** Abbreviations officials print for agency names, expanded before comparing. */
const ABBREVIATIONS: [RegExp, string][] = [
  [/UBND/g, 'Ủy ban nhân dân'], [/HĐND/g, 'Hội đồng nhân dân'], [/TT&TT|TTTT/g, 'Thông tin và Truyền thông'],
  [/VH&TT|VHTT/g, 'Văn hóa và Thông tin'], [/VHTT&DL|VH,TT&DL|VHTTDL/g, 'Văn hóa, Thể thao và Du lịch'], [/TTĐT/g, 'thông tin điện tử'],
  [/KH&ĐT|KHĐT/g, 'Kế hoạch và Đầu tư'], [/PT-TH|PTTH/g, 'Phát thanh Truyền hình'], [/MTTQ/g, 'Mặt trận Tổ quốc'], [/BCH/g, 'Ban Chỉ huy'],
  [/\bTT\.\s*/g, 'Thường trực '],
];

/** A name reduced for comparison: abbreviations expanded, diacritics, punctuation and the word "các" dropped. */
export function agencyKey(name: string): string {
  let text = name;
  for (const [re, full] of ABBREVIATIONS) text = text.replace(re, full);
  return fold(text).replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
}

export interface AgencyCandidate<Id> { id: Id; name: string; shortName?: string | null; /** 0 for the document's own unit, higher further away. */ distance: number }

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
