import { likePattern } from './list';

/**
 * The text of `filter.q` with its whitespace collapsed, or undefined when there is nothing to search for.
 * The words are searched as a phrase, as a portal reader expects of "thong tin doi ngoai".
 */
export const searchPhrase = (q: string | undefined): string | undefined => (q ?? '').trim().split(/\s+/).filter(Boolean).join(' ') || undefined;

/**
 * SQL requiring the phrase to occur in `column`, a `search_text` column folded by `ttdn_fold` (see the search
 * migration): "dong" finds "Đồng", "THÔNG TIN" finds "thông tin". The pattern is folded in SQL by the same
 * function; being a constant, it lets PostgreSQL use the column's trigram index.
 */
export const matchesPhrase = (column: string, phrase: string) => ({ sql: `${column} like ttdn_fold(?)`, params: [likePattern(phrase)] });

/** Restricts a list (entity alias `e`) to rows whose `search_text` holds the phrase `q`, or that match `orSql`. */
export function whereText(qb: { andWhere: (sql: string, params: unknown[]) => unknown }, q: string | undefined, orSql = '', orParams: unknown[] = []): void {
  const phrase = searchPhrase(q);
  if (!phrase) return;
  const match = matchesPhrase('e.search_text', phrase);
  qb.andWhere(orSql ? `(${match.sql} or ${orSql})` : match.sql, [...match.params, ...orParams]);
}
