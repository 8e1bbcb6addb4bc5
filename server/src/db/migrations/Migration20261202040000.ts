import { Migration } from '@mikro-orm/migrations';

/**
 * Sign-in attempts counted in PostgreSQL (shared by every API instance; the layout is rate-limiter-flexible's),
 * and a per-user token version that the database itself bumps whenever a password changes or an account is
 * disabled, whichever code path writes it, so every token signed before is refused.
 */
export class Migration20261202040000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "sign_in_attempt" ("key" varchar(255) primary key, "points" integer not null default 0, "expire" bigint);`);
    this.addSql(`alter table "app_user" add column "token_version" integer not null default 0;`);
    this.addSql(`create function "app_user_bump_token_version"() returns trigger language plpgsql as $$
      begin
        if new.password_hash is distinct from old.password_hash or (new.disabled and not old.disabled) then
          new.token_version := old.token_version + 1;
        end if;
        return new;
      end $$;`);
    this.addSql(
      `create trigger "app_user_token_version" before update on "app_user" for each row execute function "app_user_bump_token_version"();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "app_user_token_version" on "app_user";`);
    this.addSql(`drop function if exists "app_user_bump_token_version"();`);
    this.addSql(`alter table "app_user" drop column if exists "token_version";`);
    this.addSql(`drop table if exists "sign_in_attempt";`);
  }
}
