import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { scopeContainsPath } from '../../auth/principal';
import { conditionSql } from '../../auth/row-scope';
import { vietnamDate } from '../../common/clock';
import { notFound } from '../../common/errors';
import type { ListSpec } from '../../common/list';
import type { Context } from '../../context';
import { idOf, many, one } from '../../kernel/data/relations';
import { defineResource, type ModuleDeclaration } from '../../kernel/data/resource';
import { Agency } from '../agency/agency.entity';
import { Plan } from '../plan/plan.entity';
import { Report } from '../report/report.entity';
import { inUnitSubtree } from '../unit/unit-subtree';
import { AdministrativeUnit } from '../unit/unit.entity';
import { existedDuring } from '../unit/unit-validity';
import { ObligationStatus, ReportingObligation } from './obligation.entity';
import { obligationRows, obligationRules } from './obligation.rules';
import { obligationStatus, STATUS_SQL } from './obligation.service';

@InputType('ReportingObligationFilter')
export class ReportingObligationFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true, description: 'Nghĩa vụ của đơn vị này và các đơn vị trực thuộc.' }) administrativeUnitId?: string;
  @Field(() => ID, { nullable: true, description: 'Nghĩa vụ báo cáo gửi đơn vị này.' }) recipientUnitId?: string;
  @Field(() => ID, { nullable: true }) planId?: string;
  @Field(() => Int, { nullable: true, description: 'Hạn nộp trong năm này.' }) year?: number;
  @Field(() => ObligationStatus, { nullable: true, description: 'Trạng thái tính đến hôm nay.' }) status?: ObligationStatus;
  @Field(() => String, { nullable: true, description: 'Hạn nộp từ ngày này (YYYY-MM-DD).' }) dueFrom?: string;
  @Field(() => String, { nullable: true, description: 'Hạn nộp đến ngày này (YYYY-MM-DD).' }) dueTo?: string;
}

const today = (ctx: Context) => vietnamDate(ctx.clock());

const obligationList: ListSpec<ReportingObligation, ReportingObligationFilter> = {
  entity: ReportingObligation,
  sortable: { id: 'e.id', dueDate: 'e.due_date', periodStart: 'e.period_start', submittedOn: 'e.submitted_on' },
  defaultSort: 'dueDate',
  filterReads: {
    year: ['dueDate'],
    dueFrom: ['dueDate'],
    dueTo: ['dueDate'],
    administrativeUnitId: ['administrativeUnit'],
    recipientUnitId: ['recipientUnit'],
    planId: ['plan'],
  },
  applyFilter: (qb, f, ctx) => {
    if (f.ids) qb.andWhere({ id: { $in: f.ids.map(Number) } });
    if (f.administrativeUnitId) qb.andWhere(inUnitSubtree('e.administrative_unit_id'), [Number(f.administrativeUnitId)]);
    if (f.recipientUnitId) qb.andWhere({ recipientUnit: Number(f.recipientUnitId) });
    if (f.planId) qb.andWhere({ plan: Number(f.planId) });
    if (f.year) qb.andWhere(`date_part('year', e.due_date) = ?`, [f.year]);
    if (f.status) qb.andWhere(`${STATUS_SQL} = ?`, [today(ctx), f.status]);
    if (f.dueFrom) qb.andWhere('e.due_date >= ?::date', [f.dueFrom]);
    if (f.dueTo) qb.andWhere('e.due_date <= ?::date', [f.dueTo]);
  },
};

@ObjectType('ReportingStatusRow', { description: 'Tình hình báo cáo của một đơn vị trực thuộc trong năm.' })
export class ReportingStatusRow {
  unitId!: number;
  @Field(() => AdministrativeUnit, { nullable: true }) unit?: AdministrativeUnit;
  @Field(() => Int, { description: 'Số nghĩa vụ có hạn trong năm.' }) due!: number;
  @Field(() => Int, { description: 'Đã nộp đúng hạn.' }) submittedOnTime!: number;
  @Field(() => Int, { description: 'Nộp muộn.' }) late!: number;
  @Field(() => Int, { description: 'Quá hạn, chưa nộp.' }) overdue!: number;
  @Field(() => Int, { description: 'Chưa đến hạn, chưa nộp.' }) open!: number;
  @Field(() => Int, { description: 'Đã được chấp nhận.' }) accepted!: number;
}

export const obligationResource = defineResource({
  entity: ReportingObligation,
  rows: obligationRows,
  api: {
    plural: 'ReportingObligations',
    what: 'nghĩa vụ báo cáo',
    list: obligationList,
    filter: ReportingObligationFilter,
    describe: { one: 'Một nghĩa vụ báo cáo.' },
  },
  relations: {
    plan: one(() => Plan, { nullable: true }),
    administrativeUnitId: idOf('administrativeUnit', { nullable: true }),
    administrativeUnit: one(() => AdministrativeUnit, { nullable: true, description: 'Đơn vị phải báo cáo.' }),
    reporterAgency: one(() => Agency, { nullable: true, description: 'Cơ quan phải báo cáo, khi văn bản nêu tên.' }),
    recipientUnit: one(() => AdministrativeUnit, { nullable: true, description: 'Đơn vị nhận báo cáo.' }),
    reportToAgency: one(() => Agency, { nullable: true }),
    reports: many(() => Report, 'obligation', {
      nullable: true,
      orderBy: { id: 'asc' },
      description: 'Các báo cáo thực hiện nghĩa vụ này.',
    }),
  },
});

/** What is computed rather than stored: the status as of today, and the per-unit reporting status. */
@Resolver(() => ReportingObligation)
export class ReportingStatusResolver {
  @Query(() => [ReportingStatusRow], {
    description: 'Mỗi đơn vị trực thuộc: số báo cáo đến hạn trong năm, nộp đúng hạn, nộp muộn, quá hạn.',
  })
  async reportingStatus(@Arg('year', () => Int) year: number, @Arg('unitId', () => ID) unitId: string, @Ctx() ctx: Context) {
    const unit = Number.isSafeInteger(Number(unitId)) ? await ctx.loaders.one(AdministrativeUnit, { id: Number(unitId) }) : undefined;
    if (!unit) throw notFound('unitId', 'đơn vị hành chính', unitId);
    const children = (
      await ctx.em.find(
        AdministrativeUnit,
        { parent: unit, ...existedDuring(`${year}-01-01`, `${year}-12-31`) },
        { orderBy: { code: 'asc' } },
      )
    ).filter((child) => scopeContainsPath(ctx.auth, child.path));
    if (!children.length) return [];
    const scope = conditionSql(obligationRows(ctx.auth, 'e'));
    const rows = await ctx.em.execute<Record<string, number>[]>(
      `select c.id as unit_id, count(e.id)::int as due,
          count(*) filter (where e.state in ('SUBMITTED', 'ACCEPTED') and e.submitted_on <= e.due_date)::int as on_time,
          count(*) filter (where e.state in ('SUBMITTED', 'ACCEPTED') and e.submitted_on > e.due_date)::int as late,
          count(*) filter (where ${STATUS_SQL} = 'OVERDUE')::int as overdue,
          count(*) filter (where e.state in ('OPEN', 'RETURNED') and e.due_date >= ?::date)::int as open,
          count(*) filter (where e.state = 'ACCEPTED')::int as accepted
        from administrative_unit c
        left join reporting_obligation e on date_part('year', e.due_date) = ? and ${scope.sql}
          and e.administrative_unit_id in (select d.id from administrative_unit d where d.path like c.path || '%')
        where c.id in (${children.map(() => '?').join(', ')})
        group by c.id`,
      [today(ctx), today(ctx), year, ...scope.params, ...children.map((c) => c.id)],
    );
    const byUnit = new Map(rows.map((r) => [r.unit_id, r]));
    return children.map((child): ReportingStatusRow => {
      const r = byUnit.get(child.id)!;
      return {
        unitId: child.id,
        unit: child,
        due: r.due,
        submittedOnTime: r.on_time,
        late: r.late,
        overdue: r.overdue,
        open: r.open,
        accepted: r.accepted,
      };
    });
  }

  @FieldResolver(() => ObligationStatus, { nullable: true, description: 'Trạng thái tính đến hôm nay (giờ Việt Nam).' })
  status(@Root() obligation: ReportingObligation, @Ctx() ctx: Context) {
    return obligationStatus(obligation, today(ctx));
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Nộp sau hạn.' })
  late(@Root() obligation: ReportingObligation) {
    return Boolean(obligation.submittedOn && obligation.submittedOn > obligation.dueDate);
  }
}

export const obligationModule: ModuleDeclaration = {
  resources: [obligationResource],
  rules: [obligationRules],
  resolvers: [ReportingStatusResolver],
};
