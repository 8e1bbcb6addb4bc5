import { DocumentType } from '../../common/enums';

/**
 * Finds the legal documents a Vietnamese administrative text cites ("Nghị định số 72/2015/NĐ-CP ngày 07/9/2015
 * của Chính phủ", "Kết luận số 57- KL/TW", "Luật Ngân sách nhà nước ngày 25/6/2015") and reads each one's
 * number-symbol, date and issuer as printed. Nothing here touches the database; matching is the caller's.
 */

export type CitationWarning = 'DATED_BEFORE_SYMBOL_YEAR' | 'DATED_AFTER_SYMBOL_YEAR' | 'NO_YEAR' | 'SYMBOL_REPAIRED' | 'NO_SYMBOL';

export const warningMessages: Record<CitationWarning, string> = {
  DATED_BEFORE_SYMBOL_YEAR: 'Ngày ban hành trước năm ghi trong số ký hiệu (dated before its own year).',
  DATED_AFTER_SYMBOL_YEAR: 'Ngày ban hành sau năm ghi trong số ký hiệu; có thể số ký hiệu in sai năm.',
  NO_YEAR: 'Số ký hiệu không có năm và văn bản không ghi ngày (no year in symbol): có thể trùng với văn bản khác.',
  SYMBOL_REPAIRED: 'Số ký hiệu in không đúng thể thức; đã chuẩn hóa.',
  NO_SYMBOL: 'Văn bản được dẫn không có số ký hiệu.',
};

export interface Citation {
  /** The citation as printed, whitespace collapsed. */
  printed: string;
  /** The number-symbol as printed (spaces collapsed), when one is printed. */
  printedSymbol?: string;
  /** The number-symbol in its standard form, used for matching. */
  symbol?: string;
  documentType: DocumentType;
  /** ISO date as printed, even when implausible. */
  issuedOn?: string;
  issuerName?: string;
  /** The law's name, for citations without a symbol ("Luật Ngân sách nhà nước"). */
  name?: string;
  warnings: CitationWarning[];
  /** Offset of the citation in the text. */
  index: number;
}

const KINDS: [string, DocumentType][] = [
  ['Nghị định', DocumentType.DECREE],
  ['Thông tư liên tịch', DocumentType.CIRCULAR],
  ['Thông tư', DocumentType.CIRCULAR],
  ['Quyết định', DocumentType.DECISION],
  ['Chỉ thị', DocumentType.DIRECTIVE],
  ['Kết luận', DocumentType.CONCLUSION],
  ['Nghị quyết', DocumentType.RESOLUTION],
  ['Kế hoạch', DocumentType.PLAN],
  ['Chương trình phối hợp công tác', DocumentType.PROGRAM],
  ['Chương trình hành động', DocumentType.PROGRAM],
  ['Chương trình', DocumentType.PROGRAM],
  ['Đề án', DocumentType.SCHEME],
  ['Chiến lược', DocumentType.STRATEGY],
  ['Công văn', DocumentType.OFFICIAL_LETTER],
  ['Báo cáo', DocumentType.REPORT],
  ['Hướng dẫn', DocumentType.OTHER],
  ['Thông báo', DocumentType.OTHER],
  ['Văn bản', DocumentType.OTHER],
];
const kindOf = new Map(KINDS.map(([word, type]) => [word.toLowerCase(), type]));

/** Type codes in a symbol, longest first so "TTLT" wins over "TT". */
const TYPE_CODES = ['TTLT', 'CTr', 'NĐ', 'TT', 'QĐ', 'CT', 'KL', 'NQ', 'KH', 'BC', 'TB', 'HD', 'ĐA', 'QC', 'TTr', 'CV'];
const typeOfCode: Record<string, DocumentType> = {
  NĐ: DocumentType.DECREE,
  TT: DocumentType.CIRCULAR,
  TTLT: DocumentType.CIRCULAR,
  QĐ: DocumentType.DECISION,
  CT: DocumentType.DIRECTIVE,
  KL: DocumentType.CONCLUSION,
  NQ: DocumentType.RESOLUTION,
  KH: DocumentType.PLAN,
  CTr: DocumentType.PROGRAM,
  BC: DocumentType.REPORT,
  ĐA: DocumentType.SCHEME,
};
/** Issuer codes of Party bodies, whose symbols are written "number-TYPE/ISSUER" (57-KL/TW, 211-KH/TU). */
const PARTY_ISSUERS = new Set(['TW', 'TƯ', 'TU', 'HU', 'ThU', 'QU', 'ĐU', 'ĐUK', 'BCS', 'BTGTW', 'BTG', 'BTGTU', 'BTGHU', 'BĐN', 'BĐNTW']);

const L = 'A-Za-zĐđÀ-ỹ';
const KIND_RE = KINDS.map(([word]) => word.replace(/ /g, '\\s+')).join('|');
// A number-symbol: 72/2015/NĐ-CP, 57- KL/TW, 25 - CT/TW, 211/KH-TU, 5115/CTr-BTTTT-BTLBP, 22/2016/TTBTTTT.
const SYMBOL_RE = `\\d+(?:\\s*-\\s*[${L}]+\\s*\\/\\s*[${L}]+(?:-[${L}]+)*|\\s*\\/\\s*(?:\\d{4}\\s*\\/\\s*)?[${L}]+(?:\\s*-\\s*[${L}&]+)*)`;
const DATE_RE = '(\\d{1,2})\\s*\\/\\s*(\\d{1,2})\\s*\\/\\s*(\\d{4})|(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})';
const WORD_END = `(?![${L}])`;
const STOP =
  `(?=\\s+(?:về|ban\\s+hành|quy\\s+định|hướng\\s+dẫn|triển\\s+khai|thực\\s+hiện|phê\\s+duyệt|ngày|trong|tại|nhằm|để)${WORD_END}|` +
  '\\s+và\\s+(?:' +
  KIND_RE +
  ')|[,;.:()“"”]|\\s*$)';
const ISSUER_START =
  '(?:UBND|Ủy\\s+ban|Uỷ\\s+ban|HĐND|Hội\\s+đồng|Bộ|Sở|Chính\\s+phủ|Thủ\\s+tướng|Ban|Tỉnh\\s+ủy|Huyện\\s+ủy|Thị\\s+ủy|Văn\\s+phòng|Quốc\\s+hội)';

const CITATION = new RegExp(
  `(?<kind>${KIND_RE})(?:\\s+số)?\\s*(?<symbol>${SYMBOL_RE})` +
    `|(?<law>Luật(?:\\s+[A-ZĐÀ-Ỹ][${L}]*)(?:\\s+(?!(?:ngày|số|năm|và|của|về)${WORD_END})[${L}]+){0,6})(?=\\s+(?:ngày|số|năm)${WORD_END}|\\s*[,;.)]|\\s*$)`,
  'gu',
);
const TAIL_DATE = new RegExp(`^,?\\s*ngày\\s*(?:${DATE_RE})`, 'u');
const TAIL_ISSUER = new RegExp(`^,?\\s*(?:của\\s+|giữa\\s+|(?=${ISSUER_START}\\s))(?<issuer>.{1,160}?)${STOP}`, 'su');

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const pad = (n: string) => n.padStart(2, '0');

/** A symbol in its standard form: no spaces, Party symbols as "N-TYPE/ISSUER", a missing dash after the type code restored. */
export function normalizeSymbol(printed: string): { symbol: string; repaired: boolean } {
  const text = printed.replace(/\s+/g, '');
  const party = /^(\d+)\/([^/-]+)-([^/]+)$/.exec(text); // 211/KH-TU → 211-KH/TU
  if (party && PARTY_ISSUERS.has(party[3])) return { symbol: `${party[1]}-${party[2]}/${party[3]}`, repaired: true };
  const withYear = /^(\d+\/\d{4}\/)([^-]+)$/.exec(text); // 22/2016/TTBTTTT → 22/2016/TT-BTTTT
  if (withYear) {
    const code = TYPE_CODES.find((c) => withYear[2].startsWith(c) && withYear[2].length > c.length);
    if (code) return { symbol: `${withYear[1]}${code}-${withYear[2].slice(code.length)}`, repaired: true };
  }
  return { symbol: text, repaired: false };
}

const symbolYear = (symbol: string) => Number(/^\d+\/(\d{4})\//.exec(symbol)?.[1]) || undefined;
const typeCodeOf = (symbol: string) => /^\d+-([^/]+)\//.exec(symbol)?.[1] ?? /^\d+\/(?:\d{4}\/)?([^-/]+)/.exec(symbol)?.[1];

function dateWarnings(c: Citation): CitationWarning[] {
  const year = c.symbol ? symbolYear(c.symbol) : undefined;
  const issuedYear = c.issuedOn ? Number(c.issuedOn.slice(0, 4)) : undefined;
  if (c.symbol && !year && !issuedYear) return ['NO_YEAR'];
  if (!year || !issuedYear || year === issuedYear) return [];
  return [issuedYear < year ? 'DATED_BEFORE_SYMBOL_YEAR' : 'DATED_AFTER_SYMBOL_YEAR'];
}

function readDate(m: RegExpExecArray): string {
  const [d, mo, y] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
  return `${y}-${pad(mo)}-${pad(d)}`;
}

/** Every citation in `text`, in order of first appearance; a document cited twice is returned once, with what either mention printed. */
export function findCitations(text: string): Citation[] {
  const found: Citation[] = [];
  const byKey = new Map<string, Citation>();
  for (const match of text.matchAll(CITATION)) {
    const groups = match.groups!;
    let end = match.index + match[0].length;
    const citation: Citation = { printed: '', documentType: DocumentType.OTHER, warnings: [], index: match.index };
    if (groups.law) {
      citation.documentType = DocumentType.LAW;
      citation.name = collapse(groups.law);
      citation.warnings.push('NO_SYMBOL');
    } else {
      citation.documentType = kindOf.get(collapse(groups.kind).toLowerCase())!;
      citation.printedSymbol = collapse(groups.symbol);
      const { symbol, repaired } = normalizeSymbol(groups.symbol);
      citation.symbol = symbol;
      if (repaired && !PARTY_ISSUERS.has(symbol.split('/').pop()!)) citation.warnings.push('SYMBOL_REPAIRED');
      if (citation.documentType === DocumentType.OTHER) citation.documentType = typeOfCode[typeCodeOf(symbol) ?? ''] ?? DocumentType.OTHER;
    }
    // Date and issuer follow in either order: "… ngày 07/9/2015 của Chính phủ", "… của Thủ tướng Chính phủ ngày 26/10/2021".
    for (let step = 0; step < 2; step++) {
      const rest = text.slice(end);
      const date = TAIL_DATE.exec(rest);
      if (date && !citation.issuedOn) {
        citation.issuedOn = readDate(date);
        end += date[0].length;
        continue;
      }
      const issuer = TAIL_ISSUER.exec(rest);
      if (issuer && !citation.issuerName && !new RegExp(`^(?:${KIND_RE})\\b`, 'u').test(issuer.groups!.issuer)) {
        citation.issuerName = collapse(issuer.groups!.issuer);
        end += issuer[0].length;
      }
    }
    citation.printed = collapse(text.slice(match.index, end)).replace(/^,|,$/g, '');

    const key = citation.symbol ?? citation.name!.toLowerCase();
    const earlier = byKey.get(key);
    if (earlier) {
      // Later mentions add what the first left out ("Kết luận số 57-KL/TW" then "… ngày 15/6/2023 của Bộ Chính trị").
      if (!earlier.issuedOn && citation.issuedOn) Object.assign(earlier, { issuedOn: citation.issuedOn, printed: citation.printed });
      earlier.issuerName ??= citation.issuerName;
      continue;
    }
    byKey.set(key, citation);
    found.push(citation);
  }
  for (const c of found) c.warnings.push(...dateWarnings(c));
  return found;
}
