import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { vietnamDate } from '../../common/clock';
import { notFound } from '../../common/errors';
import type { Context } from '../../context';
import type { ModuleDeclaration } from '../../kernel/data/resource';
import { copyPlan } from './plan-copy.service';
import { amendingPlanIds, amendmentNote, movePlan, type PlanMove } from './plan-lifecycle.service';
import { planLifecycleRules } from './plan-lifecycle.rules';
import { Plan } from './plan.entity';

/** The moves of a plan's life, each its own mutation (and audit entry), and what amending plans say about a plan. */
@Resolver(() => Plan)
export class PlanLifecycleResolver {
  @Mutation(() => Plan, { description: 'Gửi dự thảo để lãnh đạo duyệt (DRAFT → IN_REVIEW).' })
  submitPlan(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return this.move(ctx, 'submitPlan', id);
  }

  @Mutation(() => Plan, { description: 'Trả lại dự thảo kèm ý kiến (IN_REVIEW → DRAFT).' })
  returnPlan(@Arg('id', () => ID) id: string, @Arg('comment', () => String) comment: string, @Ctx() ctx: Context) {
    return this.move(ctx, 'returnPlan', id, comment);
  }

  @Mutation(() => Plan, {
    description: 'Ban hành: lấy số tiếp theo trong sổ của cơ quan ban hành, ghi ngày (giờ Việt Nam) và người ký (IN_REVIEW → ISSUED).',
  })
  issuePlan(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return this.move(ctx, 'issuePlan', id);
  }

  @Mutation(() => Plan, { description: 'Hủy kế hoạch đã ban hành, kèm lý do (ISSUED → CANCELLED).' })
  cancelPlan(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context) {
    return this.move(ctx, 'cancelPlan', id, reason);
  }

  @Mutation(() => Plan, { description: 'Tạo dự thảo kế hoạch năm sau từ kế hoạch này ("Tạo kế hoạch năm sau").' })
  async copyPlan(@Arg('id', () => ID) id: string, @Arg('year', () => Int) year: number, @Ctx() ctx: Context) {
    const source = await this.readable(ctx, id);
    return ctx.em.transactional((em) => copyPlan({ em, ctx }, source.id, year));
  }

  @FieldResolver(() => [Plan], { description: 'Các kế hoạch đã ban hành sửa đổi kế hoạch này.' })
  async amendedBy(@Root() plan: Plan, @Ctx() ctx: Context) {
    const ids = await ctx.loaders.batch('Plan#amendedBy', (planIds) => amendingPlanIds(ctx.em, planIds)).load(plan.id);
    return (await Promise.all(ids.map((amending) => ctx.loaders.one(Plan, { id: amending })))).filter((p): p is Plan => Boolean(p));
  }

  @FieldResolver(() => String, { nullable: true, description: 'Ví dụ "Đã được sửa đổi bởi Kế hoạch số 12/KH-UBND ngày 03/04/2022".' })
  async amendmentNote(@Root() plan: Plan, @Ctx() ctx: Context) {
    return amendmentNote(await this.amendedBy(plan, ctx));
  }

  private async readable(ctx: Context, id: string): Promise<Plan> {
    const numeric = Number(id);
    const plan = Number.isSafeInteger(numeric) ? await ctx.loaders.one(Plan, { id: numeric }) : undefined;
    if (!plan) throw notFound('id', 'kế hoạch', id);
    return plan;
  }

  private async move(ctx: Context, move: PlanMove, id: string, note?: string) {
    const plan = await this.readable(ctx, id);
    return movePlan(ctx.em, move, { planId: plan.id, userId: ctx.auth.id!, today: vietnamDate(ctx.clock()), note });
  }
}

/** The plan's life cycle: its own mutations and rules, beside the plan resource. */
export const planLifecycleModule: ModuleDeclaration = { resources: [], rules: [planLifecycleRules], resolvers: [PlanLifecycleResolver] };
