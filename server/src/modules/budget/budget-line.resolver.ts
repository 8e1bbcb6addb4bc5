import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { BudgetSource } from '../../common/enums';
import { badInput, notFound, requireFields } from '../../common/errors';
import { count, list, ListArgs, ListMetadata } from '../../common/list';
import { optionalRef, requireRef } from '../../common/refs';
import { MoneyScalar } from '../../common/scalars';
import { Activity } from '../activity/activity.entity';
import { Plan } from '../plan/plan.entity';
import { Report } from '../report/report.entity';
import { AdministrativeUnit } from '../unit/unit.entity';
import { BudgetLine } from './budget-line.entity';
import { BudgetLineFilter, budgetList } from './budget-line.list';
import { applyLineFields, attachLine } from './budget-line.writer';

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

  /** Through the same writer as a plan's and a report's lines, so the same field rules hold on every path. */
  private async save(ctx: Context, line: BudgetLine, { planId, activityId, reportId, ...fields }: BudgetLineFields) {
    const { em } = ctx;
    const plan = planId !== undefined ? await optionalRef(em, Plan, planId, 'planId', 'kế hoạch') : line.plan && (await em.findOneOrFail(Plan, line.plan.id));
    const report = reportId !== undefined ? await optionalRef(em, Report, reportId, 'reportId', 'báo cáo') : line.report && (await em.findOneOrFail(Report, line.report.id));
    if (plan && report) throw badInput(reportId ? 'reportId' : 'planId', 'Dòng kinh phí thuộc một kế hoạch hoặc một báo cáo, không thuộc cả hai.');
    if (!plan && !report) throw badInput('planId', 'Dòng kinh phí phải thuộc một kế hoạch hoặc một báo cáo.');
    const activity = activityId !== undefined ? await optionalRef(em, Activity, activityId, 'activityId', 'nội dung') : line.activity && (await em.findOneOrFail(Activity, line.activity.id));
    applyLineFields(ctx.auth, line, fields);
    attachLine(line, plan ? { plan } : { report: report! }, activity);
    await em.persistAndFlush(line);
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
