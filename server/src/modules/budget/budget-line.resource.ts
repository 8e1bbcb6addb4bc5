import { one, idOf } from '../../kernel/data/relations';
import { defineResource, type ModuleDeclaration } from '../../kernel/data/resource';
import { Activity } from '../activity/activity.entity';
import { Agency } from '../agency/agency.entity';
import { Plan } from '../plan/plan.entity';
import { Report } from '../report/report.entity';
import { AdministrativeUnit } from '../unit/unit.entity';
import { BudgetLine } from './budget-line.entity';
import { BudgetLineFilter, budgetList } from './budget-line.list';
import { budgetLineRows, budgetLineRules } from './budget-line.rules';
import { BudgetLineFields, saveBudgetLine } from './budget-line.service';
import { BudgetSummaryResolver } from './budget-summary.resolver';
import { budgetSummaryRules } from './budget-summary.rules';

export const budgetLineResource = defineResource({
  entity: BudgetLine,
  rows: budgetLineRows,
  api: {
    plural: 'BudgetLines',
    what: 'dòng kinh phí',
    list: budgetList,
    filter: BudgetLineFilter,
    describe: { one: 'Một dòng kinh phí.' },
  },
  writes: {
    args: BudgetLineFields,
    required: ['fiscalYear', 'source', 'description'],
    save: saveBudgetLine,
    delete: true,
  },
  relations: {
    planId: idOf('plan', { nullable: true }),
    plan: one(() => Plan, { nullable: true }),
    activity: one(() => Activity, { nullable: true }),
    report: one(() => Report, { nullable: true }),
    administrativeUnit: one(() => AdministrativeUnit, { nullable: true }),
    holder: one(() => Agency, { nullable: true, description: 'Cơ quan giữ kinh phí.' }),
  },
});

export const budgetModule: ModuleDeclaration = {
  resources: [budgetLineResource],
  rules: [budgetLineRules, budgetSummaryRules],
  resolvers: [BudgetSummaryResolver],
};
