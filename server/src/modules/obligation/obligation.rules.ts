import { allOf, type Access, inScope, signedIn, readQueries } from '../../auth/access';
import { isUser } from '../../auth/principal';
import { NO_ROWS, type RowScope, unitColumnInScope } from '../../auth/row-scope';
import type { ReportingObligation } from './obligation.entity';

/** Like reports: read by users whose scope holds the unit that owes the report (it, and the units above it). */
export const obligationRows: RowScope = (p, e) => (isUser(p) ? unitColumnInScope(p, `${e}.administrative_unit_id`) : NO_ROWS);

const withinScope = allOf(
  signedIn,
  inScope((o: ReportingObligation) => o.administrativeUnit.id, 'administrativeUnit'),
);

export const obligationRules: Record<string, Record<string, Access>> = {
  ReportingObligation: { '*': withinScope }, // why: obligations are part of reporting, internal to the owing unit's scope
  ReportingStatusRow: { '*': signedIn }, // why: counted over the caller's readable obligations only
  Query: {
    ...readQueries('ReportingObligation', 'ReportingObligations', signedIn), // why: rows limited by obligationRows
    reportingStatus: signedIn, // why: counts over obligationRows; units outside the caller's scope are left out
  },
  Mutation: {},
};
