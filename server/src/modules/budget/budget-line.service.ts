import { ArgsType, Field, ID, Int } from 'type-graphql';
import { BudgetSource } from '../../common/enums';
import { badInput } from '../../common/errors';
import { optionalRef } from '../../common/refs';
import { MoneyScalar } from '../../common/scalars';
import type { Write } from '../../kernel/data/write';
import { Activity } from '../activity/activity.entity';
import { Plan } from '../plan/plan.entity';
import { Report } from '../report/report.entity';
import { BudgetLine } from './budget-line.entity';
import { applyLineFields, attachLine } from './budget-line.writer';

@ArgsType()
export class BudgetLineFields {
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

/**
 * Through the same writer as a plan's lines and a report's spending lines (`budget-line.writer.ts`), so the same
 * field rules hold on every path; a line belongs to exactly one plan or report and repeats its owner's unit.
 */
export async function saveBudgetLine(
  { em, ctx }: Write,
  line: BudgetLine,
  { planId, activityId, reportId, ...fields }: BudgetLineFields,
): Promise<BudgetLine> {
  const plan =
    planId !== undefined
      ? await optionalRef(em, Plan, planId, 'planId', 'kế hoạch')
      : line.plan && (await em.findOneOrFail(Plan, line.plan.id));
  const report =
    reportId !== undefined
      ? await optionalRef(em, Report, reportId, 'reportId', 'báo cáo')
      : line.report && (await em.findOneOrFail(Report, line.report.id));
  if (plan && report)
    throw badInput(reportId ? 'reportId' : 'planId', 'Dòng kinh phí thuộc một kế hoạch hoặc một báo cáo, không thuộc cả hai.');
  if (!plan && !report) throw badInput('planId', 'Dòng kinh phí phải thuộc một kế hoạch hoặc một báo cáo.');
  const activity =
    activityId !== undefined
      ? await optionalRef(em, Activity, activityId, 'activityId', 'nội dung')
      : line.activity && (await em.findOneOrFail(Activity, line.activity.id));
  applyLineFields(ctx.auth, line, fields, Boolean(report));
  attachLine(line, plan ? { plan } : { report: report! }, activity);
  await em.persist(line).flush();
  return line;
}
