import { Migration } from '@mikro-orm/migrations';

/**
 * Reports and users get the folded `search_text` column (and trigram index) that plans and catalogues have; legal
 * documents' search text gains their type's name.
 */
const SEARCHED: Record<string, string> = {
  report: `coalesce("title", '') || ' ' || coalesce("symbol", '') || ' ' || jsonb_path_query_array("sections", '$[*].heading')::text || ' ' || jsonb_path_query_array("sections", '$[*].body')::text`,
  app_user: `coalesce("username", '') || ' ' || coalesce("display_name", '')`,
};

/** The names officials search legal documents by: "nghị định" finds decrees, whose numbers say only "NĐ-CP". */
const DOCUMENT_TYPES: Record<string, string> = {
  LAW: 'Luật',
  DECREE: 'Nghị định',
  CIRCULAR: 'Thông tư',
  DECISION: 'Quyết định',
  DIRECTIVE: 'Chỉ thị',
  CONCLUSION: 'Kết luận',
  RESOLUTION: 'Nghị quyết',
  PLAN: 'Kế hoạch',
  PROGRAM: 'Chương trình',
  SCHEME: 'Đề án',
  STRATEGY: 'Chiến lược',
  OFFICIAL_LETTER: 'Công văn',
  REPORT: 'Báo cáo',
  OTHER: '',
};
const typeName = `case "document_type" ${Object.entries(DOCUMENT_TYPES)
  .map(([type, name]) => `when '${type}' then '${name}'`)
  .join(' ')} else '' end`;
const LEGAL_DOCUMENT = `${typeName} || ' ' || coalesce("symbol", '') || ' ' || coalesce("title", '') || ' ' || coalesce("issuer_name", '')`;
const LEGAL_DOCUMENT_BEFORE = `coalesce("symbol", '') || ' ' || coalesce("title", '') || ' ' || coalesce("issuer_name", '')`;

const addSearchText = (table: string, expression: string) => [
  `alter table "${table}" add column "search_text" text generated always as (ttdn_fold(${expression})) stored;`,
  `create index "${table}_search_text_trgm" on "${table}" using gin ("search_text" gin_trgm_ops);`,
];

export class Migration20261202060000 extends Migration {
  override async up(): Promise<void> {
    for (const [table, expression] of Object.entries(SEARCHED)) addSearchText(table, expression).forEach((sql) => this.addSql(sql));
    this.addSql(`alter table "legal_document" drop column "search_text";`);
    addSearchText('legal_document', LEGAL_DOCUMENT).forEach((sql) => this.addSql(sql));
  }

  override async down(): Promise<void> {
    for (const table of Object.keys(SEARCHED)) this.addSql(`alter table "${table}" drop column "search_text";`);
    this.addSql(`alter table "legal_document" drop column "search_text";`);
    addSearchText('legal_document', LEGAL_DOCUMENT_BEFORE).forEach((sql) => this.addSql(sql));
  }
}
