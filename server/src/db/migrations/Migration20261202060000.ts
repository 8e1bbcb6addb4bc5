import { Migration } from '@mikro-orm/migrations';

/** Reports and users get the folded `search_text` column (and trigram index) that plans and catalogues have. */
const SEARCHED: Record<string, string> = {
  report: `coalesce("title", '') || ' ' || coalesce("symbol", '') || ' ' || jsonb_path_query_array("sections", '$[*].heading')::text || ' ' || jsonb_path_query_array("sections", '$[*].body')::text`,
  app_user: `coalesce("username", '') || ' ' || coalesce("display_name", '')`,
};

export class Migration20261202060000 extends Migration {
  override async up(): Promise<void> {
    for (const [table, expression] of Object.entries(SEARCHED)) {
      this.addSql(`alter table "${table}" add column "search_text" text generated always as (ttdn_fold(${expression})) stored;`);
      this.addSql(`create index "${table}_search_text_trgm" on "${table}" using gin ("search_text" gin_trgm_ops);`);
    }
  }

  override async down(): Promise<void> {
    for (const table of Object.keys(SEARCHED)) this.addSql(`alter table "${table}" drop column "search_text";`);
  }
}
