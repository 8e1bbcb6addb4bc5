import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { BudgetSource } from '../../common/enums';
import { badInput, notFound, requireFields } from '../../common/errors';
import { count, list, ListArgs, ListMetadata } from '../../common/list';
import { assignDefined, optionalRef, requireRef } from '../../common/refs';
import { MoneyScalar } from '../../common/scalars';
import { Activity } from '../activity/activity.entity';
import { Plan } from '../plan/plan.entity';
import { Report } from '../report/report.entity';
import { AdministrativeUnit } from '../unit/unit.entity';
import { BudgetLine } from './budget-line.entity';
import { BudgetLineFilter, budgetList } from './budget-line.list';

@ArgsType()
class BudgetLineFields {
  @Field(() => ID, { nullable: true }) planId?: string | null;
  @Field(() => ID, { nullable: true }) activityId?: string | null;
  @Field(() => ID, { nullable: true }) reportId?: string | null;
  @Field(() => Int, { nullable: true }) fiscalYear?: number;
  @Field(() => BudgetSource, { nullable: true }) source?: BudgetSource;
  @Field(() => String, { nullable: true }) description?: string;
  @Field(() => MoneyScalar, { nullable: true }) plannedAmount?: string | null;
  @Field(() => MoneyScalar, { nullable: true }) allocatedAmount?: string | null;
  @Field(() => MoneyScalar, { nullable: true }) spentAmount?: string | null;
}

@ArgsType()
class UpdateBudgetLineArgs extends BudgetLineFields {
  @Field(() => ID) id!: string;
}

@Resolver(() => BudgetLine)
export class BudgetLineResolver {
  @Query(() => BudgetLine, { nullable: true, description: 'Một dòng kinh phí.' })
  async BudgetLine(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const line = await ctx.loaders.one(BudgetLine, { id: Number(id) });
    if (!line) throw notFound('id', 'dòng kinh phí', id);
    return line;
  }

  @Query(() => [BudgetLine])
  allBudgetLines(@Args() args: ListArgs, @Arg('filter', () => BudgetLineFilter, { nullable: true }) filter: BudgetLineFilter | undefined, @Ctx() ctx: Context) {
    return list(ctx, budgetList, args, filter);
  }

  @Query(() => ListMetadata)
  _allBudgetLinesMeta(@Args() _args: ListArgs, @Arg('filter', () => BudgetLineFilter, { nullable: true }) filter: BudgetLineFilter | undefined, @Ctx() ctx: Context) {
    return count(ctx, budgetList, filter);
  }

  @Mutation(() => BudgetLine)
  createBudgetLine(@Args() args: BudgetLineFields, @Ctx() ctx: Context) {
    requireFields(args, ['fiscalYear', 'source', 'description']);
    if (!args.planId && !args.reportId) throw badInput('planId', 'Dòng kinh phí phải thuộc một kế hoạch hoặc một báo cáo.');
    return this.save(ctx, new BudgetLine(), args);
  }

  @Mutation(() => BudgetLine)
  async updateBudgetLine(@Args() { id, ...args }: UpdateBudgetLineArgs, @Ctx() ctx: Context) {
    return this.save(ctx, await requireRef(ctx.em, BudgetLine, id, 'id', 'dòng kinh phí'), args);
  }

  @Mutation(() => BudgetLine)
  async deleteBudgetLine(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const line = await requireRef(ctx.em, BudgetLine, id, 'id', 'dòng kinh phí');
    const snapshot = { ...line };
    await ctx.em.removeAndFlush(line);
    return snapshot;
  }

  private async save(ctx: Context, line: BudgetLine, { planId, activityId, reportId, ...fields }: BudgetLineFields) {
    if (fields.fiscalYear !== undefined && (fields.fiscalYear < 1945 || fields.fiscalYear > 2100)) throw badInput('fiscalYear', 'Năm ngân sách không hợp lệ.');
    assignDefined(line, fields as Partial<BudgetLine>);
    if (planId !== undefined) line.plan = await optionalRef(ctx.em, Plan, planId, 'planId', 'kế hoạch');
    if (reportId !== undefined) line.report = await optionalRef(ctx.em, Report, reportId, 'reportId', 'báo cáo');
    if (activityId !== undefined) {
      line.activity = await optionalRef(ctx.em, Activity, activityId, 'activityId', 'nội dung');
      if (line.activity && line.activity.plan.id !== line.plan?.id) throw badInput('activityId', 'Nội dung phải thuộc cùng kế hoạch với dòng kinh phí.');
    }
    const owner = line.plan ?? line.report;
    if (!owner) throw badInput('planId', 'Dòng kinh phí phải thuộc một kế hoạch hoặc một báo cáo.');
    line.administrativeUnit = owner.administrativeUnit;
    await ctx.em.persistAndFlush(line);
    return line;
  }

  @FieldResolver(() => ID, { nullable: true })
  planId(@Root() line: BudgetLine) {
    return line.plan?.id;
  }

  @FieldResolver(() => Plan, { nullable: true })
  plan(@Root() line: BudgetLine, @Ctx() ctx: Context) {
    return ctx.loaders.one(Plan, line.plan);
  }

  @FieldResolver(() => Activity, { nullable: true })
  activity(@Root() line: BudgetLine, @Ctx() ctx: Context) {
    return ctx.loaders.one(Activity, line.activity);
  }

  @FieldResolver(() => Report, { nullable: true })
  report(@Root() line: BudgetLine, @Ctx() ctx: Context) {
    return ctx.loaders.one(Report, line.report);
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true })
  administrativeUnit(@Root() line: BudgetLine, @Ctx() ctx: Context) {
    return ctx.loaders.one(AdministrativeUnit, line.administrativeUnit);
  }
}
