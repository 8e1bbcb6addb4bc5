import { type Access, access, forbidden } from '../../auth/access';
import { hasRole } from '../../auth/principal';
import { notOwnUnit } from '../../auth/write-guard';
import { Role } from '../../common/enums';
import type { Context } from '../../context';
import { PLAN_MOVES, type PlanMove } from './plan-lifecycle.service';
import { Plan } from './plan.entity';

/**
 * A plan of the caller's own unit, with the role that the move needs. A plan the caller cannot read passes here
 * so the resolver answers NOT_FOUND, exactly as for a missing one; whether the plan's state allows the move is
 * decided by the service with the row locked.
 */
const ownPlanWithRole = (name: string, role: Role, message: string) =>
  access(name, async (ctx: Context, args) => {
    if (!hasRole(ctx.auth, role)) return forbidden(message);
    const id = Number((args as { id?: string } | undefined)?.id);
    if (args === undefined || !Number.isSafeInteger(id)) return true;
    const plan = await ctx.loaders.one(Plan, { id });
    return !plan || plan.administrativeUnit.id === ctx.auth.unitId || notOwnUnit();
  });

const moveRule = (move: PlanMove) =>
  ownPlanWithRole(
    move,
    PLAN_MOVES[move].role,
    PLAN_MOVES[move].role === Role.EDITOR
      ? 'Chỉ chuyên viên soạn thảo của đơn vị được gửi duyệt kế hoạch.'
      : `Chỉ lãnh đạo (người duyệt) của đơn vị được ${PLAN_MOVES[move].verb} kế hoạch.`,
  );

export const planLifecycleRules: Record<string, Record<string, Access>> = {
  Mutation: {
    submitPlan: moveRule('submitPlan'), // why: the unit's editors send their draft for review
    returnPlan: moveRule('returnPlan'), // why: the unit's approver sends a draft back, with a comment
    issuePlan: moveRule('issuePlan'), // why: the unit's approver signs and numbers it (DESIGN §4)
    cancelPlan: moveRule('cancelPlan'), // why: the unit's approver cancels what it issued, with a reason
    copyPlan: ownPlanWithRole('copyPlan', Role.EDITOR, 'Chỉ chuyên viên soạn thảo được tạo kế hoạch năm sau.'), // why: next year's draft is a new draft of the same unit
  },
};
