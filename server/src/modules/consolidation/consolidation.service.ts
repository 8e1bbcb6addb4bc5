import type { Write } from '../../kernel/data/write';
import { printedDate } from '../../common/clock';
import { AgencyKind, BudgetSource, ReportKind, ReportStatus, ResultStatus } from '../../common/enums';
import { badInput } from '../../common/errors';
import { Agency } from '../agency/agency.entity';
import { ObligationState, ReportingObligation } from '../obligation/obligation.entity';
import { ReportResult } from '../report/report-parts.entity';
import { Report } from '../report/report.entity';
import { asSourceFigures } from '../budget/budget-line.writer';
import { saveReport } from '../report/report.service';
import { AdministrativeUnit } from '../unit/unit.entity';
import { existedDuring } from '../unit/unit-validity';

export interface ConsolidationInput {
  unitId: number;
  periodStart: string;
  periodEnd: string;
}

/**
 * A draft report of `unitId` gathering the accepted reports of the units directly below it whose period lies
 * within [periodStart, periodEnd]: spending summed by source and fiscal year, metrics summed by name and measuring
 * unit, each result listed under the unit it came from, and a coverage line naming the units that have not reported.
 * The units below consolidate their own units below, so only direct children are counted (nothing twice).
 */
export async function consolidateReports(w: Write, input: ConsolidationInput): Promise<Report> {
  const { em } = w;
  const { unitId, periodStart, periodEnd } = input;
  if (periodEnd < periodStart) throw badInput('periodEnd', 'Ngày kết thúc kỳ không được trước ngày bắt đầu.');
  const unit = await em.findOneOrFail(AdministrativeUnit, { id: unitId });
  const children = await em.find(
    AdministrativeUnit,
    { parent: unit, ...existedDuring(periodStart, periodEnd) },
    { orderBy: { code: 'asc' } },
  );
  const reports = await em.find(
    Report,
    {
      administrativeUnit: { parent: unit },
      status: ReportStatus.ACCEPTED,
      periodStart: { $gte: periodStart },
      periodEnd: { $lte: periodEnd },
    },
    { populate: ['administrativeUnit'], orderBy: { administrativeUnit: { code: 'asc' }, periodStart: 'asc', id: 'asc' } },
  );
  const issuer =
    (await em.findOne(Agency, { administrativeUnit: unit, kind: AgencyKind.PEOPLES_COMMITTEE }, { orderBy: { id: 'asc' } })) ??
    (await em.findOne(Agency, { administrativeUnit: unit }, { orderBy: { id: 'asc' } }));
  if (!issuer) throw badInput('unitId', `${unit.fullName} chưa có cơ quan nào để đứng tên báo cáo.`);

  const ids = reports.map((r) => r.id);
  const spending = ids.length
    ? await em.execute<
        { fiscal_year: number; source: BudgetSource; planned: string | null; allocated: string | null; spent: string | null }[]
      >(
        `select fiscal_year, source, sum(planned_amount)::text as planned, sum(allocated_amount)::text as allocated, sum(spent_amount)::text as spent
       from budget_line where report_id in (${ids.map(() => '?').join(', ')}) group by fiscal_year, source order by fiscal_year, source`,
        ids,
      )
    : [];
  const metrics = new Map<string, { name: string; unit: string; value: number }>();
  for (const m of reports.flatMap((r) => r.metrics)) {
    const key = `${m.name}\u0000${m.unit}`;
    const sum = metrics.get(key) ?? { name: m.name, unit: m.unit, value: 0 };
    sum.value += m.value;
    metrics.set(key, sum);
  }
  const results = ids.length
    ? await em.find(ReportResult, { report: { $in: ids } }, { orderBy: { report: { id: 'asc' }, position: 'asc' } })
    : [];
  const byReport = new Map(reports.map((r) => [r.id, r]));
  const reported = new Set(reports.map((r) => r.administrativeUnit.id));
  // Who has not reported: each obligation owed to this unit in the period without an accepted report, and any unit
  // below with neither an obligation nor an accepted report.
  const unmet = await em.find(
    ReportingObligation,
    {
      recipientUnit: unit,
      administrativeUnit: { parent: unit },
      dueDate: { $gte: periodStart, $lte: periodEnd },
      state: { $ne: ObligationState.ACCEPTED },
    },
    { populate: ['administrativeUnit'], orderBy: { administrativeUnit: { code: 'asc' }, dueDate: 'asc' } },
  );
  const owing = new Set(
    (await em.find(ReportingObligation, { recipientUnit: unit, dueDate: { $gte: periodStart, $lte: periodEnd } })).map(
      (o) => o.administrativeUnit.id,
    ),
  );
  const missing = [
    ...unmet.map((o) => `${o.administrativeUnit.fullName} (hạn ${printedDate(o.dueDate)})`),
    ...children.filter((c) => !reported.has(c.id) && !owing.has(c.id)).map((c) => c.fullName),
  ];
  const total = reports.reduce((sum, r) => sum + BigInt(r.spending ?? 0), 0n);
  const period = `${printedDate(periodStart)} – ${printedDate(periodEnd)}`;

  return saveReport(
    w,
    new Report(),
    {
      title: `Báo cáo tổng hợp kết quả công tác thông tin đối ngoại của ${unit.fullName} (${period})`,
      kind: ReportKind.PERIODIC,
      periodStart,
      periodEnd,
      administrativeUnitId: String(unit.id),
      issuingAgencyId: String(issuer.id),
      sections: [
        {
          heading: 'Tình hình báo cáo của các đơn vị trực thuộc',
          body:
            `Đã nhận ${reports.length} báo cáo được chấp nhận của ${reported.size}/${children.length} đơn vị. ` +
            (missing.length ? `Chưa báo cáo: ${missing.join('; ')}.` : 'Tất cả các đơn vị đã báo cáo.'),
        },
      ],
      metrics: [...metrics.values()],
      spending: ids.length ? total.toString() : null,
      spendingLines: spending.map((s) => ({
        fiscalYear: s.fiscal_year,
        source: s.source,
        description: `Tổng hợp từ báo cáo của các đơn vị trực thuộc (${s.source}, ${s.fiscal_year})`,
        plannedAmount: s.planned,
        allocatedAmount: s.allocated,
        spentAmount: s.spent,
      })),
      // Grouped by reporting unit, in the order of `reports` (unit code, then period).
      results: results
        .sort((a, b) => ids.indexOf(a.report.id) - ids.indexOf(b.report.id) || a.position - b.position)
        .map((r) => {
          const from = byReport.get(r.report.id)!;
          return {
            activityId: r.activity ? String(r.activity.id) : undefined,
            status: r.status as ResultStatus,
            heading: `${from.administrativeUnit.fullName}${from.symbol ? ` (${from.symbol})` : ''}: ${r.heading}`,
            outcome: r.outcome,
          };
        }),
    },
    asSourceFigures(w.ctx.auth),
  ); // the lines sum accepted reports: their figures, not the approver's
}
