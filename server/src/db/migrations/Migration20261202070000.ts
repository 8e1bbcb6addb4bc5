import { Migration } from '@mikro-orm/migrations';

/**
 * `activity.concealed`: the activity or one of its ancestors is confidential (a confidential activity hides its
 * whole subtree), kept by the database so every writer (resolvers, scripts, seeds, raw SQL) keeps it right and a read
 * tests one column instead of walking up the tree for every row.
 * - Before a row is inserted, or its confidential, parent_id or concealed is written, the flag is recomputed from
 *   the row and its parent. The parent row is read `for share`: an activity inserted or moved under a parent that
 *   another transaction is just marking confidential waits for it and then sees the new flag (a plain read would see
 *   the old one, and that transaction's cascade would not see the new child).
 * - After an update changes the flag, the children are rewritten (`set concealed = concealed`) so they recompute,
 *   and theirs in turn, down the tree; so after a concealed row is inserted, for a statement inserting a child
 *   before its parent (rows given their ids).
 * MikroORM inserts a child whose parent is new in the same flush with parent_id null and sets it by a later update;
 * that update writes parent_id, so the child is recomputed then.
 */
export class Migration20261202070000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "activity" add column "concealed" boolean not null default false;`);
    this.addSql(`with recursive "hidden" ("id") as (
        select "id" from "activity" where "confidential"
        union select a."id" from "activity" a join "hidden" h on a."parent_id" = h."id")
      update "activity" set "concealed" = true where "id" in (select "id" from "hidden");`);
    this.addSql(`create function "activity_concealed"() returns trigger language plpgsql as $$
      declare
        parent_concealed boolean;
      begin
        if new.parent_id is not null then
          select p.concealed into parent_concealed from activity p where p.id = new.parent_id for share;
        end if;
        new.concealed := new.confidential or coalesce(parent_concealed, false);
        return new;
      end $$;`);
    this.addSql(`create trigger "activity_concealed" before insert or update of "confidential", "parent_id", "concealed" on "activity"
      for each row execute function "activity_concealed"();`);
    this.addSql(`create function "activity_concealed_children"() returns trigger language plpgsql as $$
      begin
        update activity set concealed = concealed where parent_id = new.id;
        return null;
      end $$;`);
    this.addSql(`create trigger "activity_concealed_children" after update on "activity"
      for each row when (old.concealed is distinct from new.concealed) execute function "activity_concealed_children"();`);
    this.addSql(`create trigger "activity_concealed_children_inserted" after insert on "activity"
      for each row when (new.concealed) execute function "activity_concealed_children"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "activity_concealed_children_inserted" on "activity";`);
    this.addSql(`drop trigger if exists "activity_concealed_children" on "activity";`);
    this.addSql(`drop trigger if exists "activity_concealed" on "activity";`);
    this.addSql(`drop function if exists "activity_concealed_children"();`);
    this.addSql(`drop function if exists "activity_concealed"();`);
    this.addSql(`alter table "activity" drop column if exists "concealed";`);
  }
}
