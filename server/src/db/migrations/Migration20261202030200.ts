import { Migration } from '@mikro-orm/migrations';

const PIVOTS: [string, string, string][] = [
  ['responsibility_agency', 'responsibility', 'responsibility_id'],
  ['reporting_requirement_agency', 'reporting_requirement', 'reporting_requirement_id'],
  ['recipient_agency', 'recipient', 'recipient_id'],
  ['legal_document_issuer', 'legal_document', 'legal_document_id'],
];

/**
 * What documents print, as printed (issue 13): which facts were inferred, schedules as sets of periods,
 * open-ended plans, plans in force whose number was lost, several agencies on one line, nested report sections,
 * results without a verdict, allocated next to spent, budget holders, and demo rows kept out of figures.
 */
export class Migration20261202030200 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "fact_source" as enum ('PRINTED', 'INFERRED');`);
    this.addSql(`alter table "activity_participant" add column "source" "fact_source" not null default 'PRINTED';`);
    this.addSql(`alter table "responsibility" add column "source" "fact_source" not null default 'PRINTED';`);
    this.addSql(
      `alter table "activity" add column "schedule_source" "fact_source" not null default 'PRINTED', add column "schedule_periods" jsonb null;`,
    );
    this.addSql(`alter table "legal_document" add column "issuer_source" "fact_source" not null default 'PRINTED';`);
    this.addSql(
      `alter table "plan" alter column "end_year" drop not null, add column "number_unknown" boolean not null default false, add column "demo" boolean not null default false;`,
    );
    this.addSql(`alter table "report" add column "allocated" bigint null, add column "demo" boolean not null default false;`);
    this.addSql(`alter table "report_result" alter column "status" drop not null;`);
    this.addSql(
      `alter table "budget_line" add column "holder_id" int null references "agency" ("id") on update cascade on delete set null, add column "section" text null, add column "demo" boolean not null default false;`,
    );
    for (const [pivot, owner, column] of PIVOTS) {
      this.addSql(
        `create table "${pivot}" ("${column}" int not null references "${owner}" ("id") on update cascade on delete cascade, "agency_id" int not null references "agency" ("id") on update cascade on delete cascade, primary key ("${column}", "agency_id"));`,
      );
      this.addSql(`create index "${pivot}_agency_id_index" on "${pivot}" ("agency_id");`);
    }
  }

  override async down(): Promise<void> {
    for (const [pivot] of PIVOTS) this.addSql(`drop table if exists "${pivot}";`);
    this.addSql(`alter table "budget_line" drop column "holder_id", drop column "section", drop column "demo";`);
    this.addSql(`alter table "report" drop column "allocated", drop column "demo";`);
    this.addSql(`alter table "plan" drop column "number_unknown", drop column "demo";`);
    this.addSql(`alter table "legal_document" drop column "issuer_source";`);
    this.addSql(`alter table "activity" drop column "schedule_source", drop column "schedule_periods";`);
    this.addSql(`alter table "responsibility" drop column "source";`);
    this.addSql(`alter table "activity_participant" drop column "source";`);
    this.addSql(`drop type "fact_source";`);
  }
}
