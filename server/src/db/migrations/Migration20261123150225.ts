import { Migration } from '@mikro-orm/migrations';

/** Keys of reporting clients; only a SHA-256 of each secret is stored. */
export class Migration20261123150225 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "api_client" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" text not null, "administrative_unit_id" int not null, "secret_hash" text not null, "last_used_at" timestamptz null, "disabled" boolean not null default false);`,
    );
    this.addSql(`create index "api_client_administrative_unit_id_index" on "api_client" ("administrative_unit_id");`);
    this.addSql(`alter table "api_client" add constraint "api_client_secret_hash_unique" unique ("secret_hash");`);
    this.addSql(
      `alter table "api_client" add constraint "api_client_administrative_unit_id_foreign" foreign key ("administrative_unit_id") references "administrative_unit" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "api_client" cascade;`);
  }
}
