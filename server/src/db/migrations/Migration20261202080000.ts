import { Migration } from '@mikro-orm/migrations';

/**
 * API instances remember what each signed-in request needs of its user (see `auth/principal-cache.ts`); these
 * triggers tell every instance, on channel `principal_changed`, when that changed: a user's token version (password
 * changed, account disabled), roles, unit, or removal with the user's id, and a unit's path or level with `*`.
 */
export class Migration20261202080000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function "notify_principal_changed"() returns trigger language plpgsql as $$
      begin
        perform pg_notify('principal_changed', case when tg_table_name = 'app_user' then old.id::text else '*' end);
        return null;
      end $$;`);
    this.addSql(`create trigger "app_user_principal_changed" after update on "app_user" for each row
      when (old.token_version is distinct from new.token_version or old.disabled is distinct from new.disabled
        or old.roles is distinct from new.roles or old.administrative_unit_id is distinct from new.administrative_unit_id)
      execute function "notify_principal_changed"();`);
    this.addSql(
      `create trigger "app_user_principal_removed" after delete on "app_user" for each row execute function "notify_principal_changed"();`,
    );
    this.addSql(`create trigger "administrative_unit_principal_changed" after update on "administrative_unit" for each row
      when (old.path is distinct from new.path or old.level is distinct from new.level)
      execute function "notify_principal_changed"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "administrative_unit_principal_changed" on "administrative_unit";`);
    this.addSql(`drop trigger if exists "app_user_principal_removed" on "app_user";`);
    this.addSql(`drop trigger if exists "app_user_principal_changed" on "app_user";`);
    this.addSql(`drop function if exists "notify_principal_changed"();`);
  }
}
