import type { EntityManager } from '@mikro-orm/postgresql';
import { LegalDocument } from '../legal-document/legal-document.entity';
import { type Citation, findCitations, warningMessages } from './citations';
import { fold } from './fold';
import type { LegalReference } from './legal-reference.types';

/**
 * The catalogued document a citation names. National documents are one per symbol; a local symbol such as
 * `194/KH-UBND` recurs across issuers and years, so several candidates are told apart by the printed issuer
 * and year, and a citation that still fits more than one is left unmatched rather than guessed.
 */
export function pickDocument(citation: Citation, candidates: LegalDocument[]): { document?: LegalDocument; ambiguous: boolean } {
  let fitting = candidates.filter(
    (d) =>
      d.symbol === citation.symbol ||
      d.printedSymbol === citation.printedSymbol ||
      (!citation.symbol && citation.name && fold(d.title).startsWith(fold(citation.name.replace(/^Luật\s+/, '')))),
  );
  const year = citation.issuedOn?.slice(0, 4);
  if (fitting.length > 1 && year) fitting = fitting.filter((d) => !d.issuedOn || d.issuedOn.slice(0, 4) === year);
  if (fitting.length > 1 && citation.issuerName) {
    const issuer = fold(citation.issuerName);
    fitting = fitting.filter((d) => issuer.includes(fold(d.issuerName)) || fold(d.issuerName).includes(issuer));
  }
  return fitting.length === 1 ? { document: fitting[0], ambiguous: false } : { ambiguous: fitting.length > 1 };
}

/** Every citation in `text` with its catalogued document, matched on normalised symbols in one query. */
export async function parseLegalReferences(em: EntityManager, text: string): Promise<LegalReference[]> {
  const citations = findCitations(text);
  const symbols = citations.flatMap((c) => (c.symbol ? [c.symbol, c.printedSymbol!] : []));
  const laws = citations.some((c) => !c.symbol);
  const candidates =
    symbols.length || laws
      ? await em.find(LegalDocument, {
          $or: [
            { symbol: { $in: symbols } },
            { printedSymbol: { $in: symbols } },
            ...(laws ? [{ symbol: null, documentType: 'LAW' as never }] : []),
          ],
        })
      : [];
  return citations.map((c) => {
    const { document, ambiguous } = pickDocument(c, candidates);
    const codes = ambiguous ? [...c.warnings, 'AMBIGUOUS' as const] : c.warnings;
    return {
      printed: c.printed,
      printedSymbol: c.printedSymbol,
      symbol: c.symbol,
      documentType: c.documentType,
      issuedOn: c.issuedOn,
      issuerName: c.issuerName,
      name: c.name,
      document,
      warnings: codes.map((code) => ({
        code,
        message:
          code === 'AMBIGUOUS' ? 'Nhiều văn bản trong danh mục có cùng số ký hiệu; chưa xác định được văn bản nào.' : warningMessages[code],
      })),
    };
  });
}
