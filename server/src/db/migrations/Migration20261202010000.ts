import { Migration } from '@mikro-orm/migrations';

/** Tables whose rows clients edit; each carries a version for optimistic concurrency (issue 9). */
export const VERSIONED_TABLES = [
  'plan',
  'activity',
  'budget_line',
  'report',
  'legal_document',
  'administrative_unit',
  'agency',
  'app_user',
  'api_client',
];

/**
 * The invariants the code assumes, enforced by the database so no writer (a resolver, a script, a later bug)
 * can break them:
 * - a budget line and a recipient belong to exactly one of a plan or a report;
 * - a budget line's activity, and an activity's parent, belong to the same plan (composite foreign keys);
 * - a budget line's unit is its owner's unit (checked at commit, since a plan moving units updates its lines after);
 * - an activity's label is unique within its plan, and no activity or plan is its own parent;
 * - fiscal years lie in 1945–2100 and a report's period does not end before it starts.
 * Plus the version column of every editable table, and the before/after changes of each audit entry.
 */
export class Migration20261202010000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "budget_line" add constraint "budget_line_one_owner" check (num_nonnulls("plan_id", "report_id") = 1);`);
    this.addSql(`alter table "recipient" add constraint "recipient_one_owner" check (num_nonnulls("plan_id", "report_id") = 1);`);
    this.addSql(`alter table "budget_line" add constraint "budget_line_fiscal_year_range" check ("fiscal_year" between 1945 and 2100);`);
    this.addSql(
      `alter table "budget_line" add constraint "budget_line_activity_needs_plan" check ("activity_id" is null or "plan_id" is not null);`,
    );
    this.addSql(`alter table "activity" add constraint "activity_id_plan_unique" unique ("id", "plan_id");`);
    this.addSql(
      `alter table "budget_line" add constraint "budget_line_activity_same_plan" foreign key ("activity_id", "plan_id") references "activity" ("id", "plan_id") on update cascade on delete set null ("activity_id");`,
    );
    this.addSql(
      `alter table "activity" add constraint "activity_parent_same_plan" foreign key ("parent_id", "plan_id") references "activity" ("id", "plan_id") on update cascade on delete cascade;`,
    );
    this.addSql(`alter table "activity" add constraint "activity_not_own_parent" check ("parent_id" is null or "parent_id" <> "id");`);
    this.addSql(
      `alter table "activity" add constraint "activity_label_per_plan" unique ("plan_id", "label") deferrable initially deferred;`,
    );
    this.addSql(`alter table "plan" add constraint "plan_not_own_parent" check ("parent_plan_id" is null or "parent_plan_id" <> "id");`);
    this.addSql(`alter table "report" add constraint "report_period_order" check ("period_end" >= "period_start");`);
    this.addSql(`create function "budget_line_unit_of_owner"() returns trigger language plpgsql as $$
      begin
        if new.administrative_unit_id is distinct from coalesce(
            (select p.administrative_unit_id from plan p where p.id = new.plan_id),
            (select r.administrative_unit_id from report r where r.id = new.report_id)) then
          raise exception 'budget line % is not in the unit of its plan or report', new.id using errcode = '23514';
        end if;
        return null;
      end $$;`);
    this.addSql(`create constraint trigger "budget_line_unit_of_owner" after insert or update on "budget_line" deferrable initially deferred
      for each row execute function "budget_line_unit_of_owner"();`);
    for (const table of VERSIONED_TABLES) this.addSql(`alter table "${table}" add column "version" int not null default 1;`);
    this.addSql(`alter table "audit_entry" add column "changes" jsonb null;`);
    this.addSql(`create index "audit_entry_target_index" on "audit_entry" ("target_type", "target_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "audit_entry_target_index";`);
    this.addSql(`alter table "audit_entry" drop column if exists "changes";`);
    for (const table of VERSIONED_TABLES) this.addSql(`alter table "${table}" drop column if exists "version";`);
    this.addSql(`drop trigger if exists "budget_line_unit_of_owner" on "budget_line";`);
    this.addSql(`drop function if exists "budget_line_unit_of_owner"();`);
    for (const [table, constraint] of [
      ['report', 'report_period_order'],
      ['plan', 'plan_not_own_parent'],
      ['activity', 'activity_label_per_plan'],
      ['activity', 'activity_not_own_parent'],
      ['activity', 'activity_parent_same_plan'],
      ['budget_line', 'budget_line_activity_same_plan'],
      ['activity', 'activity_id_plan_unique'],
      ['budget_line', 'budget_line_activity_needs_plan'],
      ['budget_line', 'budget_line_fiscal_year_range'],
      ['recipient', 'recipient_one_owner'],
      ['budget_line', 'budget_line_one_owner'],
    ]) {
      this.addSql(`alter table "${table}" drop constraint if exists "${constraint}";`);
    }
  }
}
