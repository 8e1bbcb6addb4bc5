import { Migration } from '@mikro-orm/migrations';

/** The audit log: one row per successful mutation, read by admins of the actor's scope. */
export class Migration20261123163110 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "principal_kind" as enum ('PUBLIC', 'USER', 'REPORTING_CLIENT');`);
    this.addSql(
      `create table "audit_entry" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "actor_kind" "principal_kind" not null, "actor_id" int null, "administrative_unit_id" int null, "operation" text not null, "target_type" text null, "target_id" text null, "fields" jsonb not null);`,
    );
    this.addSql(`create index "audit_entry_administrative_unit_id_index" on "audit_entry" ("administrative_unit_id");`);
    this.addSql(
      `alter table "audit_entry" add constraint "audit_entry_administrative_unit_id_foreign" foreign key ("administrative_unit_id") references "administrative_unit" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_entry" cascade;`);
    this.addSql(`drop type if exists "principal_kind";`);
  }
}
