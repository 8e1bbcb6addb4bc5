import { Field, ID, InputType, Int } from 'type-graphql';
import { BudgetSource } from '../../common/enums';
import { likePattern, type ListSpec } from '../../common/list';
import { readableRef } from '../../auth/scoped-filter';
import { Activity } from '../activity/activity.entity';
import { Plan } from '../plan/plan.entity';
import { Report } from '../report/report.entity';
import { inUnitSubtree } from '../unit/unit-subtree';
import { BudgetLine } from './budget-line.entity';

@InputType('BudgetLineFilter')
export class BudgetLineFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => ID, { nullable: true }) planId?: string;
  @Field(() => ID, { nullable: true }) activityId?: string;
  @Field(() => ID, { nullable: true }) reportId?: string;
  @Field(() => ID, { nullable: true, description: 'Dòng kinh phí của đơn vị này và các đơn vị trực thuộc.' }) administrativeUnitId?: string;
  @Field(() => Int, { nullable: true }) fiscalYear?: number;
  @Field(() => BudgetSource, { nullable: true }) source?: BudgetSource;
  @Field(() => Boolean, { nullable: true, description: 'Tính cả dữ liệu minh họa (demo); mặc định không.' }) includeDemo?: boolean;
}

export const budgetList: ListSpec<BudgetLine, BudgetLineFilter> = {
  entity: BudgetLine,
  sortable: {
    id: 'e.id',
    fiscalYear: 'e.fiscal_year',
    source: 'e.source',
    position: 'e.position',
    plannedAmount: 'e.planned_amount',
    allocatedAmount: 'e.allocated_amount',
    spentAmount: 'e.spent_amount',
  },
  defaultSort: 'fiscalYear',
  applyFilter: (qb, f, ctx) => {
    const through = (entity: typeof Plan | typeof Activity | typeof Report, column: string, id: string) => {
      const ref = readableRef(ctx, entity, column, Number(id));
      qb.andWhere(ref.sql, ref.params);
    };
    if (!f.includeDemo) qb.andWhere({ demo: false });
    if (f.ids) qb.andWhere({ id: { $in: f.ids.map(Number) } });
    if (f.q) qb.andWhere('e.description ilike ?', [likePattern(f.q)]);
    if (f.planId) through(Plan, 'e.plan_id', f.planId);
    if (f.activityId) through(Activity, 'e.activity_id', f.activityId);
    if (f.reportId) through(Report, 'e.report_id', f.reportId);
    if (f.administrativeUnitId) qb.andWhere(inUnitSubtree('e.administrative_unit_id'), [Number(f.administrativeUnitId)]);
    if (f.fiscalYear) qb.andWhere({ fiscalYear: f.fiscalYear });
    if (f.source) qb.andWhere({ source: f.source });
  },
};
