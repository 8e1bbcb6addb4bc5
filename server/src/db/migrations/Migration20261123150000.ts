import { Migration } from '@mikro-orm/migrations';

/** Vietnamese letters with their diacritics, lower then upper case, and what each folds to. */
const ACCENTED =
  'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ';
const FOLDED =
  'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydaaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd';

/** Searchable columns per table: what `filter.q` looks in. */
const SEARCHED: Record<string, string> = {
  plan: `coalesce("title", '') || ' ' || coalesce("symbol", '') || ' ' || "objectives"::text`,
  activity: `coalesce("title", '') || ' ' || coalesce("description", '')`,
  legal_document: `coalesce("symbol", '') || ' ' || coalesce("title", '') || ' ' || coalesce("issuer_name", '')`,
  agency: `coalesce("name", '') || ' ' || coalesce("short_name", '')`,
  administrative_unit: `coalesce("name", '') || ' ' || coalesce("full_name", '')`,
};

/**
 * Accent- and case-insensitive search backed by trigram indexes. The folding is a plain `translate`
 * rather than `unaccent()`, because unaccent is only STABLE (its dictionary can change) and so cannot
 * feed a stored generated column or an index; `translate` is immutable and needs no extension.
 */
export class Migration20261123150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create function ttdn_fold(text) returns text language sql immutable strict parallel safe
      as $$ select translate(lower(normalize($1, NFC)), '${ACCENTED}', '${FOLDED}') $$;`);
    for (const [table, expression] of Object.entries(SEARCHED)) {
      this.addSql(`alter table "${table}" add column "search_text" text generated always as (ttdn_fold(${expression})) stored;`);
      this.addSql(`create index "${table}_search_text_trgm" on "${table}" using gin ("search_text" gin_trgm_ops);`);
    }
  }

  override async down(): Promise<void> {
    for (const table of Object.keys(SEARCHED)) this.addSql(`alter table "${table}" drop column "search_text";`);
    this.addSql(`drop function ttdn_fold(text);`);
  }
}
