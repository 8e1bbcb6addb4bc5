import { MoneyScalar } from '../../common/scalars';
import { idOf, many, one, sumOf } from '../../kernel/data/relations';
import { defineResource, type ModuleDeclaration } from '../../kernel/data/resource';
import { Activity } from '../activity/activity.entity';
import { Agency } from '../agency/agency.entity';
import { BudgetLine } from '../budget/budget-line.entity';
import { LegalDocument } from '../legal-document/legal-document.entity';
import { AdministrativeUnit } from '../unit/unit.entity';
import { PlanFields } from './plan.inputs';
import { PlanFilter, planList } from './plan.list';
import { planRows, planRules } from './plan.rules';
import { REQUIRED_ON_CREATE, savePlan, unlinkChildPlans } from './plan.service';
import { PlanLegalBasis, Recipient, ReportingDeadline, ReportingRequirement, Responsibility } from './plan-parts.entity';
import { Plan } from './plan.entity';
import { Signature } from './signature.embeddable';
import { RecipientLinksResolver, ReportingRequirementLinksResolver, ResponsibilityLinksResolver } from './agency-links.resolver';

export const planResource = defineResource({
  entity: Plan,
  rows: planRows,
  api: {
    plural: 'Plans',
    what: 'kế hoạch',
    list: planList,
    filter: PlanFilter,
    describe: {
      one: 'Một kế hoạch.',
      create: 'Tạo kế hoạch cùng các nội dung, cơ quan tham gia và dòng kinh phí trong một lần.',
      update: 'Sửa kế hoạch; danh sách nào được gửi thì thay thế danh sách cũ.',
    },
  },
  writes: {
    args: PlanFields,
    required: REQUIRED_ON_CREATE,
    save: savePlan,
    delete: unlinkChildPlans,
  },
  relations: {
    administrativeUnitId: idOf('administrativeUnit'),
    administrativeUnit: one(() => AdministrativeUnit),
    issuingAgencyId: idOf('issuingAgency'),
    issuingAgency: one(() => Agency),
    document: one(() => LegalDocument, { nullable: true, description: 'Mục của chính kế hoạch này trong danh mục văn bản.' }),
    parentPlanId: idOf('parentPlan', { nullable: true }),
    parentPlan: one(() => Plan, { nullable: true, description: 'Kế hoạch cấp trên mà kế hoạch này thực hiện.' }),
    childPlans: many(() => Plan, 'parentPlan', { orderBy: { startYear: 'asc', id: 'asc' } }),
    legalBases: many(() => PlanLegalBasis, 'plan'),
    activities: many(() => Activity, 'plan', { description: 'Mọi nội dung theo thứ tự văn bản; nội dung con có `parent`.' }),
    responsibilities: many(() => Responsibility, 'plan'),
    reportingRequirements: many(() => ReportingRequirement, 'plan'),
    budgetLines: many(() => BudgetLine, 'plan', { nullable: true, description: 'Dòng kinh phí; chỉ trong phạm vi đơn vị sở hữu.' }),
    recipients: many(() => Recipient, 'plan'),
    budgetTotal: sumOf(
      () => BudgetLine,
      'plan',
      'plannedAmount',
      () => MoneyScalar,
      {
        nullable: true,
        description: 'Tổng dự toán các dòng kinh phí; trống khi chưa có số liệu. Công khai với kế hoạch đã ban hành.',
      },
    ),
  },
});

/** The parts of a plan: rows reached only through a plan the caller may read. */
const planParts = [
  defineResource({ entity: PlanLegalBasis, rows: 'part', relations: { document: one(() => LegalDocument), plan: one(() => Plan) } }),
  defineResource({ entity: Responsibility, rows: 'part', relations: { agency: one(() => Agency) } }),
  defineResource({
    entity: ReportingRequirement,
    rows: 'part',
    relations: {
      dueDates: many(() => ReportingDeadline, 'requirement', { orderBy: { id: 'asc' }, description: 'Các hạn báo cáo.' }),
      reporter: one(() => Agency, { nullable: true }),
      reportToAgency: one(() => Agency, { nullable: true }),
      viaAgency: one(() => Agency, { nullable: true }),
    },
  }),
  defineResource({ entity: ReportingDeadline, rows: 'part' }),
  defineResource({ entity: Recipient, rows: 'part', relations: { agency: one(() => Agency, { nullable: true }) } }),
  defineResource({ entity: Signature, rows: 'part' }),
];

export const planModule: ModuleDeclaration = {
  resources: [planResource, ...planParts],
  rules: [planRules],
  resolvers: [ResponsibilityLinksResolver, ReportingRequirementLinksResolver, RecipientLinksResolver],
};
