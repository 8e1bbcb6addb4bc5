import { Ctx, Field, FieldResolver, ID, InputType, Int, Resolver, Root } from 'type-graphql';
import { ReportKind, ReportStatus } from '../../common/enums';
import { type ListSpec } from '../../common/list';
import { whereText } from '../../common/search';
import type { Context } from '../../context';
import { idOf, many, one } from '../../kernel/data/relations';
import { defineResource, type ModuleDeclaration } from '../../kernel/data/resource';
import { Activity } from '../activity/activity.entity';
import { Agency } from '../agency/agency.entity';
import { BudgetLine } from '../budget/budget-line.entity';
import { LegalDocument } from '../legal-document/legal-document.entity';
import { ReportingObligation } from '../obligation/obligation.entity';
import { Recipient } from '../plan/plan-parts.entity';
import { inUnitSubtree } from '../unit/unit-subtree';
import { AdministrativeUnit } from '../unit/unit.entity';
import { ReportFields } from './report.inputs';
import { reportRows, reportRules } from './report.rules';
import { REQUIRED_ON_CREATE, saveReport } from './report.service';
import { ReportDocument, ReportResult } from './report-parts.entity';
import { Report } from './report.entity';

@InputType('ReportFilter')
export class ReportFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => ID, { nullable: true, description: 'Báo cáo của đơn vị này và các đơn vị trực thuộc.' }) administrativeUnitId?: string;
  @Field(() => Int, { nullable: true, description: 'Kỳ báo cáo có phần nằm trong năm này.' }) year?: number;
  @Field(() => ReportKind, { nullable: true }) kind?: ReportKind;
  @Field(() => ReportStatus, { nullable: true }) status?: ReportStatus;
  @Field(() => ID, { nullable: true }) respondsToId?: string;
}

const reportList: ListSpec<Report, ReportFilter> = {
  entity: Report,
  sortable: {
    id: 'e.id',
    title: 'e.title',
    periodStart: 'e.period_start',
    periodEnd: 'e.period_end',
    status: 'e.status',
    issuedOn: 'e.issued_on',
  },
  defaultSort: 'periodStart',
  applyFilter: (qb, f) => {
    if (f.ids) qb.andWhere({ id: { $in: f.ids.map(Number) } });
    whereText(qb, f.q);
    if (f.administrativeUnitId) qb.andWhere(inUnitSubtree('e.administrative_unit_id'), [Number(f.administrativeUnitId)]);
    if (f.year) qb.andWhere(`date_part('year', e.period_start) <= ? and date_part('year', e.period_end) >= ?`, [f.year, f.year]);
    if (f.kind) qb.andWhere({ kind: f.kind });
    if (f.status) qb.andWhere({ status: f.status });
    if (f.respondsToId) qb.andWhere({ respondsTo: Number(f.respondsToId) });
  },
};

export const reportResource = defineResource({
  entity: Report,
  rows: reportRows,
  api: { plural: 'Reports', what: 'báo cáo', list: reportList, filter: ReportFilter, describe: { one: 'Một báo cáo.' } },
  writes: {
    args: ReportFields,
    required: REQUIRED_ON_CREATE,
    save: saveReport,
    delete: true,
  },
  relations: {
    administrativeUnitId: idOf('administrativeUnit', { nullable: true }),
    administrativeUnit: one(() => AdministrativeUnit, { nullable: true }),
    issuingAgency: one(() => Agency, { nullable: true }),
    respondsTo: one(() => LegalDocument, { nullable: true, description: 'Văn bản mà báo cáo này trả lời.' }),
    obligationId: idOf('obligation', { nullable: true }),
    obligation: one(() => ReportingObligation, { nullable: true, description: 'Nghĩa vụ báo cáo mà báo cáo này thực hiện.' }),
    results: many(() => ReportResult, 'report', { nullable: true }),
    spendingLines: many(() => BudgetLine, 'report', { nullable: true, description: 'Các khoản kinh phí đã bố trí/chi.' }),
    recipients: many(() => Recipient, 'report', { nullable: true }),
  },
});

const documentsOf = async (ctx: Context, report: Report, subject: boolean) => {
  const links = await ctx.loaders.many(ReportDocument, 'report', report, { id: 'asc' });
  return Promise.all(links.filter((l) => l.subject === subject).map((l) => ctx.loaders.one(LegalDocument, l.document)));
};

@Resolver(() => Report)
class ReportDocumentsResolver {
  @FieldResolver(() => [LegalDocument], { nullable: true, description: 'Văn bản là đối tượng báo cáo.' })
  subjects(@Root() report: Report, @Ctx() ctx: Context) {
    return documentsOf(ctx, report, true);
  }

  @FieldResolver(() => [LegalDocument], { nullable: true, description: 'Văn bản khác được nêu trong báo cáo.' })
  citedDocuments(@Root() report: Report, @Ctx() ctx: Context) {
    return documentsOf(ctx, report, false);
  }
}

export const reportModule: ModuleDeclaration = {
  resources: [
    reportResource,
    defineResource({ entity: ReportResult, rows: 'part', relations: { activity: one(() => Activity, { nullable: true }) } }),
    defineResource({ entity: ReportDocument, rows: 'part' }),
  ],
  rules: [reportRules],
  resolvers: [ReportDocumentsResolver],
};
