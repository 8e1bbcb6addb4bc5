import { unreadableRef } from '../../auth/scoped-filter';
import { wrap } from '@mikro-orm/core';
import { allOf, type Access, access, everyone, forbidden, signedIn, unitColumnAllowed, unitInScope, readQueries } from '../../auth/access';
import { hasRole, isUser } from '../../auth/principal';
import { NO_ROWS, type RowScope, unitColumnInScope } from '../../auth/row-scope';
import { notOwnUnit, onlyWritable } from '../../auth/write-guard';
import { PlanStatus, Role } from '../../common/enums';
import type { Context } from '../../context';
import { Plan } from '../plan/plan.entity';
import { Activity } from './activity.entity';

/**
 * Activities of issued plans are public unless they or an ancestor are confidential (a confidential activity hides its
 * whole subtree, so a child is hidden with its parent); the rest only within the plan unit's scope (users).
 * `concealed` says "this activity or some ancestor is confidential"; the database keeps it by triggers on every write
 * (see Migration20261202070000), so this tests one column instead of walking up the tree for every row.
 */
export const activityRows: RowScope = (p, e) => {
  const scoped = isUser(p) ? unitColumnInScope(p, 'ap.administrative_unit_id') : NO_ROWS;
  if (scoped === null) return null;
  return {
    sql: `exists (select 1 from plan ap where ap.id = ${e}.plan_id and ((ap.status = 'ISSUED' and not ${e}.concealed) or ${scoped.sql}))`,
    params: scoped.params,
  };
};

/** The plan is usually already loaded in this request (the activity was reached through it): no lookup then. */
const planUnitOf = async (activity: Activity, ctx: Context) =>
  wrap(activity.plan).isInitialized()
    ? activity.plan.administrativeUnit.id
    : (await ctx.loaders.one(Plan, activity.plan))?.administrativeUnit.id;
const withinPlanScope = allOf(
  signedIn,
  access(
    'inPlanScope',
    async (ctx, row) => row === undefined || unitInScope(ctx, await planUnitOf(row as Activity, ctx)),
    (p, row) => unitColumnAllowed(p, row.column('plan.administrativeUnit')),
  ),
);

/** Progress is tracked on issued plans too; everything else changes only while the plan is a draft. */
const PROGRESS = new Set(['status', 'progress']);

const editActivity = (name: string) =>
  access(name, async (ctx, args) => {
    if (!hasRole(ctx.auth, Role.EDITOR)) return forbidden('Chỉ chuyên viên soạn thảo được sửa nội dung kế hoạch.');
    if (args === undefined) return true;
    const { id, planId, ...fields } = args as { id?: string; planId?: string } & Record<string, unknown>;
    const existing = id ? await ctx.em.findOne(Activity, { id: Number(id) }) : null;
    if (id && !existing) return true; // the resolver answers NOT_FOUND
    const hidden = await unreadableRef(ctx, [
      ['planId', Plan, planId, 'kế hoạch'],
      ['parentId', Activity, args && (args as { parentId?: string | null }).parentId, 'nội dung cha'],
    ]);
    if (hidden) return hidden;
    const plan = await ctx.em.findOne(Plan, { id: Number(planId ?? existing?.plan.id) });
    if (!plan) return true;
    if (plan.administrativeUnit.id !== ctx.auth.unitId) return notOwnUnit(planId ? 'planId' : undefined);
    if (existing && planId && Number(planId) !== existing.plan.id) return forbidden('Không chuyển nội dung sang kế hoạch khác.', 'planId');
    if (plan.status === PlanStatus.DRAFT) return true;
    if (name === 'updateActivity' && plan.status === PlanStatus.ISSUED) return onlyWritable(fields, PROGRESS);
    return forbidden('Kế hoạch không còn là dự thảo nên không sửa được nội dung.');
  });

export const activityRules: Record<string, Record<string, Access>> = {
  Activity: {
    '*': everyone, // why: a reachable activity passed activityRows
    budgetLines: withinPlanScope, // why: amounts stay inside the owning scope
  },
  ActivityParticipant: { '*': everyone }, // why: reached only through a readable activity
  Schedule: { '*': everyone }, // why: as above
  Period: { '*': everyone }, // why: part of a schedule, as above
  Query: {
    ...readQueries('Activity', 'Activities', everyone), // why: rows limited by activityRows
  },
  Mutation: {
    createActivity: editActivity('createActivity'), // why: editors add to drafts of their own unit
    updateActivity: editActivity('updateActivity'), // why: as above; progress also on issued plans
    deleteActivity: editActivity('deleteActivity'), // why: as above
  },
};
