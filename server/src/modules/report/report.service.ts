import { vietnamDate } from '../../common/clock';
import { badInput } from '../../common/errors';
import { assignDefined, optionalRef, requireRef } from '../../common/refs';
import type { Write } from '../../kernel/data/write';
import { Activity } from '../activity/activity.entity';
import { Agency } from '../agency/agency.entity';
import { BudgetLine } from '../budget/budget-line.entity';
import { writeLines } from '../budget/budget-line.writer';
import { LegalDocument } from '../legal-document/legal-document.entity';
import { followReport, linkObligation } from '../obligation/obligation.service';
import { recipientFrom } from '../plan/agency-links';
import { Recipient } from '../plan/plan-parts.entity';
import { AdministrativeUnit } from '../unit/unit.entity';
import type { ReportFields } from './report.inputs';
import { ReportDocument, ReportResult } from './report-parts.entity';
import { Report } from './report.entity';

export const REQUIRED_ON_CREATE = ['title', 'kind', 'periodStart', 'periodEnd', 'administrativeUnitId', 'issuingAgencyId'] as const;

/** Creates or updates a report with its results, documents, spending lines and recipients, inside the write path's transaction. */
export async function saveReport({ em, ctx }: Write, report: Report, fields: ReportFields, lineAuthor = ctx.auth): Promise<Report> {
  const {
    administrativeUnitId,
    issuingAgencyId,
    respondsToId,
    subjectIds,
    citedDocumentIds,
    signature,
    results,
    spendingLines,
    recipients,
    obligationId,
    ...scalars
  } = fields;
  const previous = report.id ? report.status : undefined;
  assignDefined(report, scalars as Partial<Report>);
  if (signature) report.signature = Object.assign(report.signature ?? {}, signature);
  if (report.periodEnd < report.periodStart) throw badInput('periodEnd', 'Ngày kết thúc kỳ báo cáo không được trước ngày bắt đầu.');
  if (administrativeUnitId)
    report.administrativeUnit = await requireRef(em, AdministrativeUnit, administrativeUnitId, 'administrativeUnitId', 'đơn vị hành chính');
  if (issuingAgencyId) report.issuingAgency = await requireRef(em, Agency, issuingAgencyId, 'issuingAgencyId', 'cơ quan ban hành');
  if (respondsToId !== undefined) report.respondsTo = await optionalRef(em, LegalDocument, respondsToId, 'respondsToId', 'văn bản');
  if (obligationId !== undefined) await linkObligation(em, report, obligationId);
  await followReport(em, report, previous, vietnamDate(ctx.clock()));
  em.persist(report);
  for (const [ids, subject, field] of [
    [subjectIds, true, 'subjectIds'],
    [citedDocumentIds, false, 'citedDocumentIds'],
  ] as const) {
    if (!ids) continue;
    if (report.id) await em.nativeDelete(ReportDocument, { report, subject });
    for (const [i, id] of ids.entries()) {
      em.persist(
        em.create(ReportDocument, { report, subject, document: await requireRef(em, LegalDocument, id, `${field}[${i}]`, 'văn bản') }),
      );
    }
  }
  if (results) {
    if (report.id) await em.nativeDelete(ReportResult, { report });
    for (const [i, r] of results.entries()) {
      const activity = await optionalRef(em, Activity, r.activityId, `results[${i}].activityId`, 'nội dung');
      em.persist(
        em.create(ReportResult, { report, activity, heading: r.heading, outcome: r.outcome, status: r.status ?? null, position: i }),
      );
    }
  }
  if (spendingLines) {
    const labelled = spendingLines.findIndex((l) => l.activityLabel);
    if (labelled >= 0) throw badInput(`spendingLines[${labelled}].activityLabel`, 'Khoản chi của báo cáo không gắn với nội dung kế hoạch.');
    await writeLines(em, lineAuthor, { report }, spendingLines, 'spendingLines');
  }
  if (recipients) {
    if (report.id) await em.nativeDelete(Recipient, { report });
    for (const [i, r] of recipients.entries()) {
      em.persist(await recipientFrom(em, r, i, { report }));
    }
  }
  await em.flush();
  await em.nativeUpdate(BudgetLine, { report }, { administrativeUnit: report.administrativeUnit });
  return report;
}
