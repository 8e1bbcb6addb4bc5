/**
 * The text of `filter.q` with its whitespace collapsed, or undefined when there is nothing to search for.
 * Its words are searched in any order ("quang tri 2022" finds "Kế hoạch … năm 2022 … tỉnh Quảng Trị").
 */
export const searchPhrase = (q: string | undefined): string | undefined =>
  (q ?? '').trim().split(/\s+/).filter(Boolean).join(' ') || undefined;

/** A typed word must start a word of the text: "tri" finds "Quảng Trị", not "triển khai"; "ubnd" finds "KH-UBND". */
const wordStart = (word: string) => `(^|[^a-z0-9])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;

/**
 * SQL requiring every word of `phrase` to start a word, in any order, in `column`, a `search_text` column folded by
 * `ttdn_fold` (see the search migration): "dong" finds "Đồng", "THÔNG TIN" finds "thông tin". Each pattern is folded
 * in SQL by the same function; being constants, the patterns let PostgreSQL use the column's trigram index (which
 * serves regular expressions as well as `like`).
 */
export function matchesPhrase(column: string, phrase: string) {
  const words = phrase.split(' ');
  return { sql: `(${words.map(() => `${column} ~ ttdn_fold(?)`).join(' and ')})`, params: words.map(wordStart) };
}

/** Restricts a list (entity alias `e`) to rows whose `search_text` holds every word of `q`, or that match `orSql`. */
export function whereText(
  qb: { andWhere: (sql: string, params: unknown[]) => unknown },
  q: string | undefined,
  orSql = '',
  orParams: unknown[] = [],
): void {
  const phrase = searchPhrase(q);
  if (!phrase) return;
  const match = matchesPhrase('e.search_text', phrase);
  qb.andWhere(orSql ? `(${match.sql} or ${orSql})` : match.sql, [...match.params, ...orParams]);
}
