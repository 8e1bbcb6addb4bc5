import { ArgsType, Field, ID, Int } from 'type-graphql';
import { BudgetSource } from '../../common/enums';
import { badInput } from '../../common/errors';
import { assignDefined, optionalRef } from '../../common/refs';
import { MoneyScalar } from '../../common/scalars';
import type { Write } from '../../kernel/data/write';
import { Activity } from '../activity/activity.entity';
import { Plan } from '../plan/plan.entity';
import { Report } from '../report/report.entity';
import { BudgetLine } from './budget-line.entity';

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

const NO_OWNER = 'Dòng kinh phí phải thuộc một kế hoạch hoặc một báo cáo.';

/** A line belongs to a plan or a report and repeats its owner's unit, so scopes and summaries need no join. */
export async function saveBudgetLine({ em }: Write, line: BudgetLine, { planId, activityId, reportId, ...fields }: BudgetLineFields): Promise<BudgetLine> {
  if (!line.id && !planId && !reportId) throw badInput('planId', NO_OWNER);
  if (fields.fiscalYear !== undefined && (fields.fiscalYear < 1945 || fields.fiscalYear > 2100)) throw badInput('fiscalYear', 'Năm ngân sách không hợp lệ.');
  assignDefined(line, fields as Partial<BudgetLine>);
  if (planId !== undefined) line.plan = await optionalRef(em, Plan, planId, 'planId', 'kế hoạch');
  if (reportId !== undefined) line.report = await optionalRef(em, Report, reportId, 'reportId', 'báo cáo');
  if (activityId !== undefined) {
    line.activity = await optionalRef(em, Activity, activityId, 'activityId', 'nội dung');
    if (line.activity && line.activity.plan.id !== line.plan?.id) throw badInput('activityId', 'Nội dung phải thuộc cùng kế hoạch với dòng kinh phí.');
  }
  const owner = line.plan ?? line.report;
  if (!owner) throw badInput('planId', NO_OWNER);
  line.administrativeUnit = owner.administrativeUnit;
  await em.persist(line).flush();
  return line;
}
