/**
 * Splits a Vietnamese number-symbol into its parts: `72/2015/NĐ-CP` → 72, 2015, NĐ, CP;
 * `57-KL/TW` → 57, KL, TW; `2337/STTTT-TTBCXB` (a công văn: no type code) → 2337, issuer STTTT-TTBCXB.
 */
const typeCodes = new Set(['NĐ', 'TT', 'QĐ', 'CT', 'KL', 'NQ', 'KH', 'CTr', 'BC', 'TB', 'HD', 'ĐA', 'QC', 'TTr', 'CV', 'L', 'TTLT']);

export interface SymbolParts {
  number?: string;
  symbolYear?: number;
  typeCode?: string;
  issuerCode?: string;
}

export function parseSymbol(symbol: string | undefined | null): SymbolParts {
  const text = symbol?.replace(/\s+/g, '');
  if (!text) return {};
  const party = /^(\d+)-([^/]+)\/(.+)$/.exec(text); // Party documents: 57-KL/TW, 211-KH/TU
  if (party) return { number: party[1], typeCode: party[2], issuerCode: party[3] };
  const state = /^(\d+)?\/(?:(\d{4})\/)?(.+)$/.exec(text);
  if (!state) return {};
  const [, number, year, rest] = state;
  const dash = rest.indexOf('-');
  const head = dash < 0 ? rest : rest.slice(0, dash);
  const hasType = typeCodes.has(head);
  return {
    number: number || undefined,
    symbolYear: year ? Number(year) : undefined,
    typeCode: hasType ? head : undefined,
    issuerCode: hasType ? (dash < 0 ? undefined : rest.slice(dash + 1)) : rest,
  };
}
