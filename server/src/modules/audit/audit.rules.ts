import { allOf, type Access, inScope, withRole, readQueries } from '../../auth/access';
import { hasRole } from '../../auth/principal';
import { NO_ROWS, type RowScope, unitColumnInScope } from '../../auth/row-scope';
import { Role } from '../../common/enums';
import type { AuditEntry } from './audit.entity';

/** The audit log is read by the admins of the actors' scope only. */
export const auditRows: RowScope = (p, e) => (hasRole(p, Role.ADMIN) ? unitColumnInScope(p, `${e}.administrative_unit_id`) : NO_ROWS);

const admin = withRole(Role.ADMIN);

export const auditRules: Record<string, Record<string, Access>> = {
  AuditEntry: {
    '*': allOf(
      admin,
      inScope((entry: AuditEntry) => entry.administrativeUnit?.id, 'administrativeUnit'),
    ), // why: DESIGN §4, audit log is ADMIN only
  },
  Query: {
    ...readQueries('AuditEntry', 'AuditEntries', admin), // why: as above; rows limited by auditRows
  },
};
