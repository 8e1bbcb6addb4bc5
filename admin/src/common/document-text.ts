import { shortDate } from '../format';
import { enums } from '../i18n/domain';

type Data = Record<string, any>;

/** The trích yếu as it continues a sentence: first letter lower case ("về quản lý…", "hướng dẫn…"). */
const continuing = (title: string) => title.charAt(0).toLocaleLowerCase('vi') + title.slice(1);

/**
 * How officials cite a document: "Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ về quản lý hoạt động thông
 * tin đối ngoại" — type, number, date, issuer, then the trích yếu as written (it carries its own "về" when it has one).
 * A document without a number (a Party resolution) is cited by its title.
 */
export function citation(doc: Data): string {
  if (!doc.symbol) return doc.title ?? '';
  const type = (enums.DocumentType as Record<string, string>)[doc.documentType] ?? 'Văn bản';
  return [
    `${doc.documentType === 'OTHER' ? 'Văn bản' : type} số ${doc.symbol}`,
    doc.issuedOn && `ngày ${shortDate(doc.issuedOn)}`,
    doc.issuerName && `của ${doc.issuerName}`,
    doc.title && continuing(doc.title),
  ]
    .filter(Boolean)
    .join(' ');
}

const PRINTED_KINDS: Record<string, string> = { BASIS: 'Căn cứ', IMPLEMENTS: 'Thực hiện' };

/** The "Căn cứ …;" lines at the head of a plan: each document once, in the plan's order; references are not printed. */
export function basisLines(legalBases: Data[] | undefined): { id: string; text: string; symbol?: string }[] {
  const seen = new Set<string>();
  const lines: { id: string; text: string; symbol?: string }[] = [];
  for (const basis of legalBases ?? []) {
    const doc = basis.document;
    const kind = PRINTED_KINDS[basis.kind];
    if (!doc || !kind || seen.has(doc.id)) continue;
    seen.add(doc.id);
    lines.push({ id: doc.id, text: `${kind} ${citation(doc)};`, symbol: doc.symbol ?? undefined });
  }
  return lines;
}

/**
 * The preamble without the clauses that repeat a basis already printed above it: seeded plans carry their bases
 * both as structured links and in the preamble's text, and a document must not cite its basis twice.
 */
export function preambleWithoutBases(preamble: string | null | undefined, printedSymbols: string[]): string {
  if (!preamble) return '';
  if (printedSymbols.length === 0) return preamble;
  const kept = preamble
    .split(';')
    .map((clause) => clause.trim())
    .filter((clause) => clause && !printedSymbols.some((symbol) => clause.includes(symbol)));
  return kept.join('; ');
}
