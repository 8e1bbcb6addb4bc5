import { Migration } from '@mikro-orm/migrations';

export class Migration20261123143055 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "unit_kind" as enum ('NATION', 'PROVINCE', 'MUNICIPALITY', 'RURAL_DISTRICT', 'TOWN', 'PROVINCIAL_CITY', 'COMMUNE', 'WARD', 'TOWNSHIP');`,
    );
    this.addSql(`create type "unit_level" as enum ('CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE');`);
    this.addSql(
      `create type "agency_kind" as enum ('PARTY', 'PARTY_BOARD', 'PEOPLES_COUNCIL', 'PEOPLES_COMMITTEE', 'MINISTRY', 'DEPARTMENT', 'DIVISION', 'OFFICE', 'BOARD', 'MEDIA', 'POLICE', 'MILITARY', 'MASS_ORGANIZATION', 'PUBLIC_SERVICE', 'COLLECTIVE', 'OTHER');`,
    );
    this.addSql(
      `create type "document_type" as enum ('LAW', 'DECREE', 'CIRCULAR', 'DECISION', 'DIRECTIVE', 'CONCLUSION', 'RESOLUTION', 'PLAN', 'PROGRAM', 'SCHEME', 'STRATEGY', 'OFFICIAL_LETTER', 'REPORT', 'OTHER');`,
    );
    this.addSql(`create type "plan_status" as enum ('DRAFT', 'IN_REVIEW', 'ISSUED', 'CANCELLED');`);
    this.addSql(
      `create type "activity_category" as enum ('GUIDANCE', 'PROPAGANDA', 'COMMEMORATION', 'PROMOTION', 'INVESTMENT_PROMOTION', 'PRESS', 'COUNTER_DISINFORMATION', 'TRAINING', 'EXCHANGE', 'DIGITAL', 'EXHIBITION', 'COORDINATION', 'RESOURCES', 'OTHER');`,
    );
    this.addSql(`create type "activity_status" as enum ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED');`);
    this.addSql(`create type "participant_role" as enum ('LEAD', 'COORDINATING', 'ADVISORY', 'IMPLEMENTING');`);
    this.addSql(`create type "legal_basis_kind" as enum ('BASIS', 'IMPLEMENTS', 'REFERENCES');`);
    this.addSql(`create type "report_kind" as enum ('PERIODIC', 'THEMATIC', 'AD_HOC');`);
    this.addSql(`create type "report_status" as enum ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED');`);
    this.addSql(`create type "recipient_purpose" as enum ('EXECUTION', 'REPORT', 'INFORMATION', 'ARCHIVE');`);
    this.addSql(`create type "budget_source" as enum ('LOCAL_BUDGET', 'CENTRAL_SUPPORT', 'SOCIALIZED', 'OTHER_LEGAL');`);
    this.addSql(`create type "result_status" as enum ('DONE', 'PARTIAL', 'NOT_DONE', 'NONE');`);
    this.addSql(
      `create table "administrative_unit" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" text not null, "name" text not null, "full_name" text not null, "kind" "unit_kind" not null, "level" "unit_level" not null, "parent_id" int null, "path" text not null default '/', "valid_from" date null, "valid_to" date null, "successor_id" int null);`,
    );
    this.addSql(`alter table "administrative_unit" add constraint "administrative_unit_code_unique" unique ("code");`);
    this.addSql(`create index administrative_unit_path_idx on administrative_unit (path text_pattern_ops);`);

    this.addSql(
      `create table "agency" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "key" text null, "name" text not null, "short_name" text null, "kind" "agency_kind" not null, "administrative_unit_id" int not null, "parent_id" int null, "contact_email" text null, "contact_phone" text null);`,
    );
    this.addSql(`alter table "agency" add constraint "agency_key_unique" unique ("key");`);
    this.addSql(`create index "agency_administrative_unit_id_index" on "agency" ("administrative_unit_id");`);

    this.addSql(
      `create table "legal_document" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "key" text null, "document_type" "document_type" not null, "symbol" text null, "number" text null, "symbol_year" int null, "type_code" text null, "issuer_code" text null, "issued_on" date null, "issuer_id" int null, "issuer_name" text not null, "title" text not null);`,
    );
    this.addSql(`alter table "legal_document" add constraint "legal_document_key_unique" unique ("key");`);
    this.addSql(`create index "legal_document_symbol_index" on "legal_document" ("symbol");`);
    this.addSql(`create index "legal_document_issuer_id_index" on "legal_document" ("issuer_id");`);

    this.addSql(
      `create table "plan" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "title" text not null, "symbol" text null, "place" text null, "issued_on" date null, "date_label" text null, "status" "plan_status" not null default 'DRAFT', "start_year" int not null, "end_year" int not null, "administrative_unit_id" int not null, "issuing_agency_id" int not null, "document_id" int null, "parent_plan_id" int null, "preamble" text null, "objectives" jsonb not null, "requirements" jsonb not null, "budget_note" text null, "closing" text null, "internal_note" text null, "signature_authority" text null, "signature_position" text null, "signature_signer_name" text null);`,
    );
    this.addSql(`create index "plan_issuing_agency_id_index" on "plan" ("issuing_agency_id");`);
    this.addSql(`create index "plan_parent_plan_id_index" on "plan" ("parent_plan_id");`);
    this.addSql(`create index "plan_administrative_unit_id_start_year_index" on "plan" ("administrative_unit_id", "start_year");`);

    this.addSql(
      `create table "activity" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "plan_id" int not null, "parent_id" int null, "label" text not null, "position" int not null default 0, "title" text not null, "description" text null, "category" "activity_category" not null default 'OTHER', "schedule_label" text null, "schedule_start_date" date null, "schedule_end_date" date null, "schedule_quarters" jsonb null, "schedule_continuous" boolean not null default false, "location" text null, "status" "activity_status" not null default 'PLANNED', "progress" int not null default 0, "confidential" boolean not null default false);`,
    );
    this.addSql(`create index "activity_parent_id_index" on "activity" ("parent_id");`);
    this.addSql(`create index "activity_plan_id_position_index" on "activity" ("plan_id", "position");`);

    this.addSql(
      `create table "activity_participant" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "activity_id" int not null, "agency_id" int not null, "role" "participant_role" not null, "note" text null, "position" int not null default 0);`,
    );
    this.addSql(`create index "activity_participant_activity_id_index" on "activity_participant" ("activity_id");`);
    this.addSql(`create index "activity_participant_agency_id_index" on "activity_participant" ("agency_id");`);

    this.addSql(
      `create table "activity_citation" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "activity_id" int not null, "document_id" int not null);`,
    );
    this.addSql(`create index "activity_citation_activity_id_index" on "activity_citation" ("activity_id");`);
    this.addSql(`create index "activity_citation_document_id_index" on "activity_citation" ("document_id");`);

    this.addSql(
      `create table "plan_legal_basis" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "plan_id" int not null, "document_id" int not null, "kind" "legal_basis_kind" not null, "position" int not null default 0);`,
    );
    this.addSql(`create index "plan_legal_basis_plan_id_index" on "plan_legal_basis" ("plan_id");`);
    this.addSql(`create index "plan_legal_basis_document_id_index" on "plan_legal_basis" ("document_id");`);

    this.addSql(
      `create table "report" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "title" text not null, "symbol" text null, "kind" "report_kind" not null, "status" "report_status" not null default 'DRAFT', "date_label" text null, "issued_on" date null, "period_start" date not null, "period_end" date not null, "administrative_unit_id" int not null, "issuing_agency_id" int not null, "responds_to_id" int null, "preamble" text null, "sections" jsonb not null, "metrics" jsonb not null, "spending" bigint null, "next_tasks" jsonb not null, "recommendations" text null, "closing" text null, "signature_authority" text null, "signature_position" text null, "signature_signer_name" text null);`,
    );
    this.addSql(`create index "report_administrative_unit_id_index" on "report" ("administrative_unit_id");`);
    this.addSql(`create index "report_responds_to_id_index" on "report" ("responds_to_id");`);

    this.addSql(
      `create table "recipient" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "plan_id" int null, "report_id" int null, "name" text not null, "agency_id" int null, "purpose" "recipient_purpose" not null, "position" int not null default 0);`,
    );
    this.addSql(`create index "recipient_plan_id_index" on "recipient" ("plan_id");`);
    this.addSql(`create index "recipient_report_id_index" on "recipient" ("report_id");`);

    this.addSql(
      `create table "budget_line" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "plan_id" int null, "activity_id" int null, "report_id" int null, "administrative_unit_id" int not null, "fiscal_year" int not null, "source" "budget_source" not null, "description" text not null, "planned_amount" bigint null, "allocated_amount" bigint null, "spent_amount" bigint null, "position" int not null default 0);`,
    );
    this.addSql(`create index "budget_line_plan_id_index" on "budget_line" ("plan_id");`);
    this.addSql(`create index "budget_line_activity_id_index" on "budget_line" ("activity_id");`);
    this.addSql(`create index "budget_line_report_id_index" on "budget_line" ("report_id");`);
    this.addSql(
      `create index "budget_line_administrative_unit_id_fiscal_year_index" on "budget_line" ("administrative_unit_id", "fiscal_year");`,
    );

    this.addSql(
      `create table "report_document" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "report_id" int not null, "document_id" int not null, "subject" boolean not null);`,
    );
    this.addSql(`create index "report_document_report_id_index" on "report_document" ("report_id");`);
    this.addSql(`create index "report_document_document_id_index" on "report_document" ("document_id");`);

    this.addSql(
      `create table "reporting_requirement" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "plan_id" int not null, "description" text not null, "reporter_id" int null, "report_to" text not null, "report_to_agency_id" int null, "via" text null, "via_agency_id" int null, "position" int not null default 0);`,
    );
    this.addSql(`create index "reporting_requirement_plan_id_index" on "reporting_requirement" ("plan_id");`);

    this.addSql(
      `create table "reporting_deadline" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "requirement_id" int not null, "label" text not null, "due_date" date null, "recurring_month" int null, "recurring_day" int null);`,
    );
    this.addSql(`create index "reporting_deadline_requirement_id_index" on "reporting_deadline" ("requirement_id");`);

    this.addSql(
      `create table "report_result" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "report_id" int not null, "activity_id" int null, "heading" text not null, "outcome" text not null, "status" "result_status" not null, "position" int not null default 0);`,
    );
    this.addSql(`create index "report_result_report_id_index" on "report_result" ("report_id");`);
    this.addSql(`create index "report_result_activity_id_index" on "report_result" ("activity_id");`);

    this.addSql(
      `create table "responsibility" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "plan_id" int not null, "agency_id" int not null, "duties" jsonb not null, "position" int not null default 0);`,
    );
    this.addSql(`create index "responsibility_plan_id_index" on "responsibility" ("plan_id");`);
    this.addSql(`create index "responsibility_agency_id_index" on "responsibility" ("agency_id");`);

    this.addSql(
      `create table "app_user" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "username" text not null, "display_name" text not null, "password_hash" text not null, "administrative_unit_id" int not null, "roles" jsonb not null, "disabled" boolean not null default false);`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);
    this.addSql(`create index "app_user_administrative_unit_id_index" on "app_user" ("administrative_unit_id");`);

    this.addSql(
      `alter table "administrative_unit" add constraint "administrative_unit_parent_id_foreign" foreign key ("parent_id") references "administrative_unit" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "administrative_unit" add constraint "administrative_unit_successor_id_foreign" foreign key ("successor_id") references "administrative_unit" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "agency" add constraint "agency_administrative_unit_id_foreign" foreign key ("administrative_unit_id") references "administrative_unit" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "agency" add constraint "agency_parent_id_foreign" foreign key ("parent_id") references "agency" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "legal_document" add constraint "legal_document_issuer_id_foreign" foreign key ("issuer_id") references "agency" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "plan" add constraint "plan_administrative_unit_id_foreign" foreign key ("administrative_unit_id") references "administrative_unit" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "plan" add constraint "plan_issuing_agency_id_foreign" foreign key ("issuing_agency_id") references "agency" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "plan" add constraint "plan_document_id_foreign" foreign key ("document_id") references "legal_document" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "plan" add constraint "plan_parent_plan_id_foreign" foreign key ("parent_plan_id") references "plan" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "activity" add constraint "activity_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "activity" add constraint "activity_parent_id_foreign" foreign key ("parent_id") references "activity" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "activity_participant" add constraint "activity_participant_activity_id_foreign" foreign key ("activity_id") references "activity" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "activity_participant" add constraint "activity_participant_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "activity_citation" add constraint "activity_citation_activity_id_foreign" foreign key ("activity_id") references "activity" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "activity_citation" add constraint "activity_citation_document_id_foreign" foreign key ("document_id") references "legal_document" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "plan_legal_basis" add constraint "plan_legal_basis_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "plan_legal_basis" add constraint "plan_legal_basis_document_id_foreign" foreign key ("document_id") references "legal_document" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "report" add constraint "report_administrative_unit_id_foreign" foreign key ("administrative_unit_id") references "administrative_unit" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "report" add constraint "report_issuing_agency_id_foreign" foreign key ("issuing_agency_id") references "agency" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "report" add constraint "report_responds_to_id_foreign" foreign key ("responds_to_id") references "legal_document" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "recipient" add constraint "recipient_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "recipient" add constraint "recipient_report_id_foreign" foreign key ("report_id") references "report" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "recipient" add constraint "recipient_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "budget_line" add constraint "budget_line_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "budget_line" add constraint "budget_line_activity_id_foreign" foreign key ("activity_id") references "activity" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "budget_line" add constraint "budget_line_report_id_foreign" foreign key ("report_id") references "report" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "budget_line" add constraint "budget_line_administrative_unit_id_foreign" foreign key ("administrative_unit_id") references "administrative_unit" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "report_document" add constraint "report_document_report_id_foreign" foreign key ("report_id") references "report" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "report_document" add constraint "report_document_document_id_foreign" foreign key ("document_id") references "legal_document" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "reporting_requirement" add constraint "reporting_requirement_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "reporting_requirement" add constraint "reporting_requirement_reporter_id_foreign" foreign key ("reporter_id") references "agency" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "reporting_requirement" add constraint "reporting_requirement_report_to_agency_id_foreign" foreign key ("report_to_agency_id") references "agency" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "reporting_requirement" add constraint "reporting_requirement_via_agency_id_foreign" foreign key ("via_agency_id") references "agency" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "reporting_deadline" add constraint "reporting_deadline_requirement_id_foreign" foreign key ("requirement_id") references "reporting_requirement" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "report_result" add constraint "report_result_report_id_foreign" foreign key ("report_id") references "report" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "report_result" add constraint "report_result_activity_id_foreign" foreign key ("activity_id") references "activity" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "responsibility" add constraint "responsibility_plan_id_foreign" foreign key ("plan_id") references "plan" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "responsibility" add constraint "responsibility_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "app_user" add constraint "app_user_administrative_unit_id_foreign" foreign key ("administrative_unit_id") references "administrative_unit" ("id") on update cascade;`,
    );

    // Rules the database enforces too, so no path around the API can break them.
    this.addSql(
      `alter table "budget_line" add constraint "budget_line_amounts_non_negative" check (coalesce("planned_amount", 0) >= 0 and coalesce("allocated_amount", 0) >= 0 and coalesce("spent_amount", 0) >= 0);`,
    );
    this.addSql(`alter table "activity" add constraint "activity_progress_range" check ("progress" between 0 and 100);`);
    this.addSql(
      `alter table "activity" add constraint "activity_schedule_order" check ("schedule_end_date" is null or "schedule_start_date" is null or "schedule_end_date" >= "schedule_start_date");`,
    );
    this.addSql(`alter table "plan" add constraint "plan_year_order" check ("end_year" >= "start_year");`);
    this.addSql(
      `create unique index "plan_symbol_per_issuer_year" on "plan" ("issuing_agency_id", "symbol", (date_part('year', "issued_on"))) where "symbol" is not null;`,
    );
    this.addSql(
      `create unique index "legal_document_symbol_per_issuer_year" on "legal_document" ("issuer_name", "symbol", (date_part('year', "issued_on"))) where "symbol" is not null;`,
    );
  }
}
