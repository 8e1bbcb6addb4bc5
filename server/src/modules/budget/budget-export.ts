import { ActivityCategory, BudgetSource, UnitLevel } from '../../common/enums';
import { badInput } from '../../common/errors';
import type { Cell, Table } from '../../common/tabular';
import type { Context } from '../../context';
import type { BudgetLineFilter } from './budget-line.list';
import { conditionSql } from '../../auth/row-scope';
import { rowCondition } from '../../kernel/access/row-scopes';
import { accessFor } from '../../auth/permissions';
import { Activity } from '../activity/activity.entity';
import { Plan } from '../plan/plan.entity';
import { Report } from '../report/report.entity';
import { budgetLineScope } from './budget-scope';
import { budgetSummary, filteredLines } from './budget-summary.service';
import { BudgetDimension } from './budget-summary.types';

const SOURCE_LABEL: Record<BudgetSource, string> = {
  LOCAL_BUDGET: 'Ngân sách địa phương',
  CENTRAL_SUPPORT: 'Hỗ trợ từ trung ương',
  SOCIALIZED: 'Xã hội hóa',
  OTHER_LEGAL: 'Nguồn hợp pháp khác',
};
const CATEGORY_LABEL: Record<ActivityCategory, string> = {
  GUIDANCE: 'Chỉ đạo, hướng dẫn',
  PROPAGANDA: 'Tuyên truyền',
  COMMEMORATION: 'Kỷ niệm, sự kiện',
  PROMOTION: 'Quảng bá hình ảnh',
  INVESTMENT_PROMOTION: 'Xúc tiến đầu tư, thương mại, du lịch',
  PRESS: 'Báo chí',
  COUNTER_DISINFORMATION: 'Đấu tranh phản bác thông tin sai lệch',
  TRAINING: 'Đào tạo, bồi dưỡng',
  EXCHANGE: 'Giao lưu, hợp tác',
  DIGITAL: 'Thông tin trên không gian mạng',
  EXHIBITION: 'Triển lãm',
  COORDINATION: 'Phối hợp',
  RESOURCES: 'Nguồn lực, cơ sở vật chất',
  OTHER: 'Khác',
};
const AMOUNT_COLUMNS = ['Dự toán (đồng)', 'Được giao (đồng)', 'Đã chi (đồng)'];

/** Query parameters → the GraphQL filter, refusing what `BudgetLineFilter` would refuse. */
export function filterFromParams(params: URLSearchParams): BudgetLineFilter {
  const filter: BudgetLineFilter = {};
  const id = (key: string) => {
    const value = params.get(key)!;
    if (!/^\d+$/.test(value)) throw badInput(key, `Tham số "${key}" phải là mã số.`);
    return value;
  };
  for (const key of params.keys()) {
    if (key === 'groupBy' || key === 'unitLevel') continue;
    if (key === 'planId' || key === 'activityId' || key === 'reportId' || key === 'administrativeUnitId') filter[key] = id(key);
    else if (key === 'ids')
      filter.ids = params
        .get(key)!
        .split(',')
        .map((_, i, all) => {
          if (!/^\d+$/.test(all[i])) throw badInput('ids', 'Tham số "ids" là các mã số cách nhau bởi dấu phẩy.');
          return all[i];
        });
    else if (key === 'q') filter.q = params.get(key)!;
    else if (key === 'fiscalYear') {
      const year = Number(params.get(key));
      if (!Number.isInteger(year)) throw badInput(key, 'Năm ngân sách phải là số nguyên.');
      filter.fiscalYear = year;
    } else if (key === 'source') {
      const source = params.get(key) as BudgetSource;
      if (!(source in SOURCE_LABEL)) throw badInput(key, `Nguồn kinh phí phải là một trong: ${Object.keys(SOURCE_LABEL).join(', ')}.`);
      filter.source = source;
    } else
      throw badInput(
        key,
        `Không có bộ lọc "${key}". Các bộ lọc: ids, q, planId, activityId, reportId, administrativeUnitId, fiscalYear, source.`,
      );
  }
  return filter;
}

const money = (value: unknown): Cell => ({ money: value === null || value === undefined ? null : String(value) });
const BATCH = 5000;

/**
 * Joins a related table only through rows the caller may read there, so a line of a draft plan, a confidential
 * activity or a report the caller may not open exports with that cell empty, exactly as GraphQL answers it.
 */
const readableJoin = (
  ctx: Context,
  entity: typeof Plan | typeof Activity | typeof Report,
  table: string,
  alias: string,
  column: string,
) => {
  const scope = conditionSql(rowCondition(entity.name, ctx.auth, alias));
  return { sql: `left join ${table} ${alias} on ${alias}.id = e.${column} and ${scope.sql}`, params: scope.params };
};

/** Whether the caller may read `field` of `type` at all (the rows are already limited by their scope). */
const mayRead = async (ctx: Context, type: string, field: string) => (await accessFor(type, field)?.check(ctx, undefined)) === true;

/** The caller's budget lines, in id order, fetched in keyset batches. */
export function budgetLinesTable(ctx: Context, filter: BudgetLineFilter): Table {
  const lines = filteredLines(ctx, filter);
  const scope = budgetLineScope(ctx);
  const joins = [
    readableJoin(ctx, Plan, 'plan', 'p', 'plan_id'),
    readableJoin(ctx, Activity, 'activity', 'a', 'activity_id'),
    readableJoin(ctx, Report, 'report', 'r', 'report_id'),
  ];
  async function* rows(): AsyncIterable<Cell[][]> {
    const reportTitle = (await mayRead(ctx, 'Report', 'title')) ? 'r.title' : 'null';
    let after = 0;
    for (;;) {
      const batch = await ctx.em.execute(
        `select e.id, e.fiscal_year, e.source, e.description, u.code as unit_code, u.name as unit_name, p.id as plan_id, p.title as plan_title,
            a.label as activity_label, a.title as activity_title, ${reportTitle} as report_title, e.planned_amount, e.allocated_amount, e.spent_amount
         from (${lines.sql}) e join administrative_unit u on u.id = e.administrative_unit_id
           ${joins.map((j) => j.sql).join(' ')}
         where (${scope.sql}) and e.id > ? order by e.id limit ${BATCH}`,
        [...lines.params, ...joins.flatMap((j) => j.params), ...scope.params, after],
      );
      if (!batch.length) return;
      yield batch.map((l) => [
        l.id,
        l.fiscal_year,
        SOURCE_LABEL[l.source as BudgetSource],
        l.description,
        l.unit_code,
        l.unit_name,
        l.plan_id,
        l.plan_title ?? l.report_title,
        l.activity_label ? `${l.activity_label}. ${l.activity_title}` : null,
        money(l.planned_amount),
        money(l.allocated_amount),
        money(l.spent_amount),
      ]);
      if (batch.length < BATCH) return;
      after = batch[batch.length - 1].id;
    }
  }
  return {
    columns: [
      'Mã dòng',
      'Năm ngân sách',
      'Nguồn kinh phí',
      'Nội dung chi',
      'Mã đơn vị',
      'Đơn vị',
      'Mã kế hoạch',
      'Kế hoạch / báo cáo',
      'Nhiệm vụ',
      ...AMOUNT_COLUMNS,
    ],
    rows: rows(),
  };
}

/** `groupBy=ADMINISTRATIVE_UNIT,FISCAL_YEAR&unitLevel=PROVINCE`, as in the `budgetSummary` query. */
export function summaryArgs(params: URLSearchParams): { groupBy: BudgetDimension[]; unitLevel?: UnitLevel } {
  const groupBy = (params.get('groupBy') ?? '').split(',').filter(Boolean) as BudgetDimension[];
  for (const d of groupBy)
    if (!(d in BudgetDimension)) throw badInput('groupBy', `Chiều "${d}" không có. Các chiều: ${Object.keys(BudgetDimension).join(', ')}.`);
  const unitLevel = (params.get('unitLevel') ?? undefined) as UnitLevel | undefined;
  if (unitLevel && !(unitLevel in UnitLevel)) throw badInput('unitLevel', `Cấp phải là một trong: ${Object.keys(UnitLevel).join(', ')}.`);
  return { groupBy, unitLevel };
}

/** The budget summary as a table: one column (or two, code and name) per dimension, then the totals. */
export async function budgetSummaryTable(
  ctx: Context,
  filter: BudgetLineFilter,
  groupBy: BudgetDimension[],
  unitLevel: UnitLevel | undefined,
): Promise<{ table: Table; excluded: number }> {
  const dimensions = [...new Set(groupBy)];
  const result = await budgetSummary(ctx, budgetLineScope(ctx), dimensions, unitLevel, filter);
  const ids = (key: 'administrativeUnitId' | 'agencyId' | 'planId') => [
    ...new Set(result.rows.map((r) => r[key]).filter((v): v is number => !!v)),
  ];
  const names = async (table: string, label: string, list: number[], scope = conditionSql(null)) =>
    new Map<number, { code?: string; name: string }>(
      list.length
        ? (
            await ctx.em.execute(
              `select e.id, ${table === 'administrative_unit' ? 'e.code' : 'null as code'}, e.${label} as name from ${table} e where e.id in (?) and ${scope.sql}`,
              [list, ...scope.params],
            )
          ).map((r) => [r.id as number, r as { code?: string; name: string }])
        : [],
    );
  const units = await names('administrative_unit', 'name', ids('administrativeUnitId'));
  const agencies = await names('agency', 'name', ids('agencyId'));
  // A plan the caller may not read stays anonymous: neither its id nor its title.
  const plans = await names('plan', 'title', ids('planId'), conditionSql(rowCondition(Plan.name, ctx.auth, 'e')));
  const columns: string[] = [];
  const cells: ((row: (typeof result.rows)[number]) => Cell[])[] = [];
  for (const d of dimensions) {
    if (d === BudgetDimension.ADMINISTRATIVE_UNIT) {
      columns.push('Mã đơn vị', 'Đơn vị');
      cells.push((r) => [units.get(r.administrativeUnitId!)?.code ?? null, units.get(r.administrativeUnitId!)?.name ?? null]);
    }
    if (d === BudgetDimension.FISCAL_YEAR) {
      columns.push('Năm ngân sách');
      cells.push((r) => [r.fiscalYear ?? null]);
    }
    if (d === BudgetDimension.SOURCE) {
      columns.push('Nguồn kinh phí');
      cells.push((r) => [r.source ? SOURCE_LABEL[r.source] : null]);
    }
    if (d === BudgetDimension.AGENCY) {
      columns.push('Cơ quan chủ trì');
      cells.push((r) => [agencies.get(r.agencyId!)?.name ?? null]);
    }
    if (d === BudgetDimension.CATEGORY) {
      columns.push('Nhóm nhiệm vụ');
      cells.push((r) => [r.category ? CATEGORY_LABEL[r.category] : null]);
    }
    if (d === BudgetDimension.PLAN) {
      columns.push('Mã kế hoạch', 'Kế hoạch');
      cells.push((r) => [plans.has(r.planId!) ? r.planId! : null, plans.get(r.planId!)?.name ?? null]);
    }
  }
  const totals = (r: (typeof result.rows)[number]): Cell[] => [
    money(r.plannedAmount),
    money(r.allocatedAmount),
    money(r.spentAmount),
    r.lineCount,
  ];
  const width = columns.length;
  return {
    excluded: result.excludedLineCount,
    table: {
      columns: [...columns, ...AMOUNT_COLUMNS, 'Số dòng kinh phí'],
      rows: (async function* () {
        yield result.rows.map((r) => [...cells.flatMap((c) => c(r)), ...totals(r)]);
      })(),
      footer: [...(width ? ['Tổng cộng', ...Array<Cell>(width - 1).fill(null)] : []), ...totals(result.total)],
      notes: [
        ['Số dòng kinh phí ngoài phạm vi được xem, cùng năm ngân sách và nguồn nếu có lọc (không tính)', String(result.excludedLineCount)],
      ],
    },
  };
}
