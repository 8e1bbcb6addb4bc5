import { allOf, type Access, access, forbidden, inScope, signedIn, unitInScope, userOrClient, readQueries } from '../../auth/access';
import { hasRole, type Principal } from '../../auth/principal';
import { type RowScope, unitColumnInScope } from '../../auth/row-scope';
import { notOwnUnit, onlyWritable, ownUnitArg, sentFields, writableBy, type WritableFields } from '../../auth/write-guard';
import { ReportStatus, Role } from '../../common/enums';
import type { DomainError } from '../../common/errors';
import type { Context } from '../../context';
import { Report } from './report.entity';

/** Reports are read within the owning unit's scope, by users and (spending only) reporting clients. */
export const reportRows: RowScope = (p, e) => unitColumnInScope(p, `${e}.administrative_unit_id`);

const reportUnit = (report: Report) => report.administrativeUnit.id;
const fullReport = allOf(signedIn, inScope(reportUnit, 'administrativeUnit'));
const spendingFigures = allOf(userOrClient, inScope(reportUnit, 'administrativeUnit'));

export const reportWritable: WritableFields = {
  [Role.EDITOR]: [
    'title',
    'symbol',
    'kind',
    'status',
    'dateLabel',
    'issuedOn',
    'periodStart',
    'periodEnd',
    'administrativeUnitId',
    'issuingAgencyId',
    'respondsToId',
    'obligationId',
    'subjectIds',
    'citedDocumentIds',
    'preamble',
    'sections',
    'metrics',
    'spending',
    'allocated',
    'nextTasks',
    'recommendations',
    'closing',
    'signature',
    'results',
    'spendingLines',
    'recipients',
  ],
  [Role.APPROVER]: ['status', 'symbol', 'issuedOn', 'dateLabel', 'signature'],
};

const OPEN = [ReportStatus.DRAFT, ReportStatus.RETURNED];

/** Own approvers submit; approvers of a unit above accept or return what was submitted to them. */
async function statusChange(ctx: Context, report: Report | undefined, to: ReportStatus | undefined): Promise<true | DomainError> {
  const from = report?.status;
  if (to === undefined || to === from) return true;
  const p: Principal = ctx.auth;
  const own = !report || report.administrativeUnit.id === p.unitId;
  if (to === ReportStatus.DRAFT && !report && hasRole(p, Role.EDITOR)) return true;
  if (to === ReportStatus.SUBMITTED && own && from !== undefined && OPEN.includes(from) && hasRole(p, Role.APPROVER)) return true;
  if (
    [ReportStatus.ACCEPTED, ReportStatus.RETURNED].includes(to) &&
    from === ReportStatus.SUBMITTED &&
    !own &&
    hasRole(p, Role.APPROVER) &&
    report &&
    (await unitInScope(ctx, report.administrativeUnit.id))
  )
    return true;
  return forbidden(`Bạn không được chuyển báo cáo ${from ? `từ "${from}" ` : ''}sang "${to}".`, 'status');
}

const writeReport = (name: 'createReport' | 'updateReport' | 'deleteReport') =>
  access(name, async (ctx, args) => {
    if (!hasRole(ctx.auth, Role.EDITOR, Role.APPROVER)) return false;
    if (args === undefined) return name === 'updateReport' || hasRole(ctx.auth, Role.EDITOR);
    const { id, status, ...fields } = args as { id?: string; status?: ReportStatus; administrativeUnitId?: string };
    const report = id ? await ctx.em.findOne(Report, { id: Number(id) }) : undefined;
    if (id && !report) return true; // the resolver answers NOT_FOUND
    const ownArg = ownUnitArg(ctx.auth, fields.administrativeUnitId);
    if (ownArg !== true) return ownArg;
    const own = !report || report.administrativeUnit.id === ctx.auth.unitId;
    const changes = sentFields(fields);
    if (name !== 'updateReport' || changes.length) {
      if (!own) return notOwnUnit();
      if (!hasRole(ctx.auth, Role.EDITOR) && name !== 'updateReport')
        return forbidden('Chỉ chuyên viên soạn thảo được tạo hoặc xóa báo cáo.');
      if (report && !OPEN.includes(report.status)) return forbidden('Báo cáo đã gửi nên không sửa được.', changes[0]);
    }
    const writable = onlyWritable(fields, writableBy(reportWritable, ctx.auth));
    return writable === true ? statusChange(ctx, report ?? undefined, status) : writable;
  });

export const reportRules: Record<string, Record<string, Access>> = {
  Report: {
    '*': fullReport, // why: reports are internal to the owning scope
    id: spendingFigures, // why: reporting clients read spending figures, and need to know whose and when
    administrativeUnitId: spendingFigures, // why: as above
    administrativeUnit: spendingFigures, // why: as above
    periodStart: spendingFigures, // why: as above
    periodEnd: spendingFigures, // why: as above
    spending: spendingFigures, // why: as above
    spendingLines: spendingFigures, // why: the spending figures line by line
  },
  ReportResult: { '*': signedIn }, // why: reached only through Report.results, itself scoped
  ReportSection: { '*': signedIn }, // why: as above
  ReportMetric: { '*': signedIn }, // why: as above
  Query: {
    ...readQueries('Report', 'Reports', userOrClient), // why: rows limited by reportRows
  },
  Mutation: {
    createReport: writeReport('createReport'), // why: editors draft their own unit's reports
    updateReport: writeReport('updateReport'), // why: editors while open; approvers submit; parent approvers accept or return
    deleteReport: writeReport('deleteReport'), // why: only open reports of one's own unit
  },
};
