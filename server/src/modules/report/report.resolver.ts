import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ReportKind, ReportStatus } from '../../common/enums';
import { notFound } from '../../common/errors';
import { count, list, ListArgs, ListMetadata, type ListSpec } from '../../common/list';
import { requireRef } from '../../common/refs';
import { whereText } from '../../common/search';
import { Activity } from '../activity/activity.entity';
import { Agency } from '../agency/agency.entity';
import { BudgetLine } from '../budget/budget-line.entity';
import { LegalDocument } from '../legal-document/legal-document.entity';
import { Recipient } from '../plan/plan-parts.entity';
import { inUnitSubtree } from '../unit/unit-subtree';
import { AdministrativeUnit } from '../unit/unit.entity';
import { ReportFields, UpdateReportArgs } from './report.inputs';
import { saveReport } from './report.service';
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
  sortable: { id: 'e.id', title: 'e.title', periodStart: 'e.period_start', periodEnd: 'e.period_end', status: 'e.status', issuedOn: 'e.issued_on' },
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

const documentsOf = async (ctx: Context, report: Report, subject: boolean) => {
  const links = await ctx.loaders.many(ReportDocument, 'report', report, { id: 'asc' });
  return Promise.all(links.filter((l) => l.subject === subject).map((l) => ctx.loaders.one(LegalDocument, l.document)));
};

@Resolver(() => Report)
export class ReportResolver {
  @Query(() => Report, { nullable: true, description: 'Một báo cáo.' })
  async Report(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const report = await ctx.loaders.one(Report, { id: Number(id) });
    if (!report) throw notFound('id', 'báo cáo', id);
    return report;
  }

  @Query(() => [Report])
  allReports(@Args() args: ListArgs, @Arg('filter', () => ReportFilter, { nullable: true }) filter: ReportFilter | undefined, @Ctx() ctx: Context) {
    return list(ctx, reportList, args, filter);
  }

  @Query(() => ListMetadata)
  _allReportsMeta(@Args() _args: ListArgs, @Arg('filter', () => ReportFilter, { nullable: true }) filter: ReportFilter | undefined, @Ctx() ctx: Context) {
    return count(ctx, reportList, filter);
  }

  @Mutation(() => Report)
  createReport(@Args() fields: ReportFields, @Ctx() ctx: Context) {
    return saveReport(ctx.em, undefined, fields);
  }

  @Mutation(() => Report)
  updateReport(@Args() { id, ...fields }: UpdateReportArgs, @Ctx() ctx: Context) {
    return saveReport(ctx.em, Number(id), fields);
  }

  @Mutation(() => Report)
  async deleteReport(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const report = await requireRef(ctx.em, Report, id, 'id', 'báo cáo');
    const snapshot = { ...report };
    await ctx.em.nativeDelete(Report, { id: report.id });
    return snapshot;
  }

  @FieldResolver(() => ID, { nullable: true })
  administrativeUnitId(@Root() report: Report) {
    return report.administrativeUnit.id;
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true })
  administrativeUnit(@Root() report: Report, @Ctx() ctx: Context) {
    return ctx.loaders.one(AdministrativeUnit, report.administrativeUnit);
  }

  @FieldResolver(() => Agency, { nullable: true })
  issuingAgency(@Root() report: Report, @Ctx() ctx: Context) {
    return ctx.loaders.one(Agency, report.issuingAgency);
  }

  @FieldResolver(() => LegalDocument, { nullable: true, description: 'Văn bản mà báo cáo này trả lời.' })
  respondsTo(@Root() report: Report, @Ctx() ctx: Context) {
    return ctx.loaders.one(LegalDocument, report.respondsTo);
  }

  @FieldResolver(() => [LegalDocument], { nullable: true, description: 'Văn bản là đối tượng báo cáo.' })
  subjects(@Root() report: Report, @Ctx() ctx: Context) {
    return documentsOf(ctx, report, true);
  }

  @FieldResolver(() => [LegalDocument], { nullable: true, description: 'Văn bản khác được nêu trong báo cáo.' })
  citedDocuments(@Root() report: Report, @Ctx() ctx: Context) {
    return documentsOf(ctx, report, false);
  }

  @FieldResolver(() => [ReportResult], { nullable: true })
  results(@Root() report: Report, @Ctx() ctx: Context) {
    return ctx.loaders.many(ReportResult, 'report', report);
  }

  @FieldResolver(() => [BudgetLine], { nullable: true, description: 'Các khoản kinh phí đã bố trí/chi.' })
  spendingLines(@Root() report: Report, @Ctx() ctx: Context) {
    return ctx.loaders.many(BudgetLine, 'report', report);
  }

  @FieldResolver(() => [Recipient], { nullable: true })
  recipients(@Root() report: Report, @Ctx() ctx: Context) {
    return ctx.loaders.many(Recipient, 'report', report);
  }
}

@Resolver(() => ReportResult)
export class ReportResultResolver {
  @FieldResolver(() => Activity, { nullable: true })
  activity(@Root() result: ReportResult, @Ctx() ctx: Context) {
    return ctx.loaders.one(Activity, result.activity);
  }
}
