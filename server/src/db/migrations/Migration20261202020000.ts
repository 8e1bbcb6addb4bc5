import { Migration } from '@mikro-orm/migrations';

/**
 * The yearly cycle (issue 10): plan lifecycle fields, amendments, each issuing body's number register,
 * reporting obligations derived from issued plans, reports linked to them, and private calendar feeds.
 */
export class Migration20261202020000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type "legal_basis_kind" add value if not exists 'AMENDS';`);
    this.addSql(`alter table "plan" add column "review_comment" text null, add column "cancel_reason" text null,
      add column "register_number" int null, add column "default_report_due" text null;`);
    this.addSql(
      `alter table "agency" add column "document_code" text null, add column "register_per_kind" boolean not null default false;`,
    );
    this
      .addSql(`create table "document_register" ("agency_id" int not null references "agency" ("id") on delete cascade, "year" int not null,
      "series" text not null, "last_number" int not null, primary key ("agency_id", "year", "series"));`);
    this.addSql(`create type "obligation_state" as enum ('OPEN', 'SUBMITTED', 'ACCEPTED', 'RETURNED');`);
    this
      .addSql(`create table "reporting_obligation" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
      "plan_id" int not null references "plan" ("id") on delete cascade,
      "requirement_id" int null references "reporting_requirement" ("id") on delete set null,
      "administrative_unit_id" int not null references "administrative_unit" ("id"),
      "reporter_agency_id" int null references "agency" ("id"),
      "recipient_unit_id" int not null references "administrative_unit" ("id"),
      "report_to" text not null, "report_to_agency_id" int null references "agency" ("id"),
      "description" text not null, "period_start" date not null, "period_end" date not null, "due_date" date not null,
      "due_label" text not null, "default_due" boolean not null default false,
      "state" "obligation_state" not null default 'OPEN', "submitted_on" date null, "accepted_on" date null);`);
    this.addSql(`create index "reporting_obligation_plan_id_index" on "reporting_obligation" ("plan_id");`);
    this.addSql(`create index "reporting_obligation_unit_due_index" on "reporting_obligation" ("administrative_unit_id", "due_date");`);
    this.addSql(`create index "reporting_obligation_recipient_unit_id_index" on "reporting_obligation" ("recipient_unit_id", "due_date");`);
    this.addSql(`alter table "report" add column "obligation_id" int null references "reporting_obligation" ("id") on delete set null;`);
    this.addSql(`create index "report_obligation_id_index" on "report" ("obligation_id");`);
    this.addSql(`alter table "app_user" add column "calendar_secret_hash" text null;`);
    this.addSql(`create unique index "app_user_calendar_secret_hash_unique" on "app_user" ("calendar_secret_hash");`);
  }
}
