import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { notFound } from '../../common/errors';
import { count, list, ListArgs, ListMetadata } from '../../common/list';
import { requireRef } from '../../common/refs';
import { MoneyScalar } from '../../common/scalars';
import { Activity } from '../activity/activity.entity';
import { Agency } from '../agency/agency.entity';
import { BudgetLine } from '../budget/budget-line.entity';
import { LegalDocument } from '../legal-document/legal-document.entity';
import { AdministrativeUnit } from '../unit/unit.entity';
import { PlanFields, UpdatePlanArgs } from './plan.inputs';
import { PlanFilter, planList } from './plan.list';
import { plannedTotals, savePlan } from './plan.service';
import { PlanLegalBasis, Recipient, ReportingRequirement, Responsibility } from './plan-parts.entity';
import { Plan } from './plan.entity';

@Resolver(() => Plan)
export class PlanResolver {
  @Query(() => Plan, { nullable: true, description: 'Một kế hoạch.' })
  async Plan(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const plan = await ctx.loaders.one(Plan, { id: Number(id) });
    if (!plan) throw notFound('id', 'kế hoạch', id);
    return plan;
  }

  @Query(() => [Plan])
  allPlans(@Args() args: ListArgs, @Arg('filter', () => PlanFilter, { nullable: true }) filter: PlanFilter | undefined, @Ctx() ctx: Context) {
    return list(ctx, planList, args, filter);
  }

  @Query(() => ListMetadata)
  _allPlansMeta(@Args() _args: ListArgs, @Arg('filter', () => PlanFilter, { nullable: true }) filter: PlanFilter | undefined, @Ctx() ctx: Context) {
    return count(ctx, planList, filter);
  }

  @Mutation(() => Plan, { description: 'Tạo kế hoạch cùng các nội dung, cơ quan tham gia và dòng kinh phí trong một lần.' })
  createPlan(@Args() fields: PlanFields, @Ctx() ctx: Context) {
    return savePlan(ctx.em, ctx.auth, undefined, fields);
  }

  @Mutation(() => Plan, { description: 'Sửa kế hoạch; danh sách nào được gửi thì thay thế danh sách cũ.' })
  updatePlan(@Args() { id, ...fields }: UpdatePlanArgs, @Ctx() ctx: Context) {
    return savePlan(ctx.em, ctx.auth, Number(id), fields);
  }

  @Mutation(() => Plan)
  async deletePlan(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const plan = await requireRef(ctx.em, Plan, id, 'id', 'kế hoạch');
    const snapshot = { ...plan };
    await ctx.em.transactional(async (em) => {
      await em.nativeUpdate(Plan, { parentPlan: plan.id }, { parentPlan: null });
      await em.nativeDelete(Plan, { id: plan.id });
    });
    return snapshot;
  }

  @FieldResolver(() => ID)
  administrativeUnitId(@Root() plan: Plan) {
    return plan.administrativeUnit.id;
  }

  @FieldResolver(() => AdministrativeUnit)
  administrativeUnit(@Root() plan: Plan, @Ctx() ctx: Context) {
    return ctx.loaders.one(AdministrativeUnit, plan.administrativeUnit);
  }

  @FieldResolver(() => ID)
  issuingAgencyId(@Root() plan: Plan) {
    return plan.issuingAgency.id;
  }

  @FieldResolver(() => Agency)
  issuingAgency(@Root() plan: Plan, @Ctx() ctx: Context) {
    return ctx.loaders.one(Agency, plan.issuingAgency);
  }

  @FieldResolver(() => LegalDocument, { nullable: true, description: 'Mục của chính kế hoạch này trong danh mục văn bản.' })
  document(@Root() plan: Plan, @Ctx() ctx: Context) {
    return ctx.loaders.one(LegalDocument, plan.document);
  }

  @FieldResolver(() => ID, { nullable: true })
  parentPlanId(@Root() plan: Plan) {
    return plan.parentPlan?.id;
  }

  @FieldResolver(() => Plan, { nullable: true, description: 'Kế hoạch cấp trên mà kế hoạch này thực hiện.' })
  parentPlan(@Root() plan: Plan, @Ctx() ctx: Context) {
    return ctx.loaders.one(Plan, plan.parentPlan);
  }

  @FieldResolver(() => [Plan])
  childPlans(@Root() plan: Plan, @Ctx() ctx: Context) {
    return ctx.loaders.many(Plan, 'parentPlan', plan, { startYear: 'asc', id: 'asc' });
  }

  @FieldResolver(() => [PlanLegalBasis])
  legalBases(@Root() plan: Plan, @Ctx() ctx: Context) {
    return ctx.loaders.many(PlanLegalBasis, 'plan', plan);
  }

  @FieldResolver(() => [Activity], { description: 'Mọi nội dung theo thứ tự văn bản; nội dung con có `parent`.' })
  activities(@Root() plan: Plan, @Ctx() ctx: Context) {
    return ctx.loaders.many(Activity, 'plan', plan);
  }

  @FieldResolver(() => [Responsibility])
  responsibilities(@Root() plan: Plan, @Ctx() ctx: Context) {
    return ctx.loaders.many(Responsibility, 'plan', plan);
  }

  @FieldResolver(() => [ReportingRequirement])
  reportingRequirements(@Root() plan: Plan, @Ctx() ctx: Context) {
    return ctx.loaders.many(ReportingRequirement, 'plan', plan);
  }

  @FieldResolver(() => [BudgetLine], { nullable: true, description: 'Dòng kinh phí; chỉ trong phạm vi đơn vị sở hữu.' })
  budgetLines(@Root() plan: Plan, @Ctx() ctx: Context) {
    return ctx.loaders.many(BudgetLine, 'plan', plan);
  }

  @FieldResolver(() => MoneyScalar, { nullable: true, description: 'Tổng dự toán các dòng kinh phí; trống khi chưa có số liệu. Công khai với kế hoạch đã ban hành.' })
  budgetTotal(@Root() plan: Plan, @Ctx() ctx: Context) {
    return ctx.loaders.batch('Plan#budgetTotal', (ids) => plannedTotals(ctx.em, ids)).load(plan.id);
  }

  @FieldResolver(() => [Recipient])
  recipients(@Root() plan: Plan, @Ctx() ctx: Context) {
    return ctx.loaders.many(Recipient, 'plan', plan);
  }
}
