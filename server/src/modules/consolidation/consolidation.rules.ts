import { type Access, access, forbidden } from '../../auth/access';
import { hasRole } from '../../auth/principal';
import { ownUnitArg } from '../../auth/write-guard';
import { Role } from '../../common/enums';

/** Editors and approvers draft their own unit's consolidated report, as they would any report of theirs. */
const ownUnitReportWriter = access('consolidateReports', (ctx, args) => {
  if (!hasRole(ctx.auth, Role.EDITOR, Role.APPROVER))
    return forbidden('Chỉ chuyên viên hoặc lãnh đạo của đơn vị được lập báo cáo tổng hợp.');
  return (
    args === undefined ||
    ownUnitArg(ctx.auth, (args as { unitId?: string }).unitId) === true ||
    forbidden('Chỉ lập báo cáo tổng hợp cho đơn vị mình.', 'unitId')
  );
});

export const consolidationRules: Record<string, Record<string, Access>> = {
  Mutation: {
    consolidateReports: ownUnitReportWriter, // why: the level above drafts its own report from the accepted reports below
  },
};
