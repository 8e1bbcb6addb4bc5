import { Activity, ActivityCitation, ActivityParticipant } from '../modules/activity/activity.entity';
import { Schedule } from '../modules/activity/schedule.embeddable';
import { ApiClient } from '../modules/api-client/api-client.entity';
import { AuditEntry } from '../modules/audit/audit.entity';
import { Agency } from '../modules/agency/agency.entity';
import { BudgetLine } from '../modules/budget/budget-line.entity';
import { LegalDocument } from '../modules/legal-document/legal-document.entity';
import { Plan } from '../modules/plan/plan.entity';
import { PlanLegalBasis, Recipient, ReportingDeadline, ReportingRequirement, Responsibility } from '../modules/plan/plan-parts.entity';
import { Signature } from '../modules/plan/signature.embeddable';
import { ReportingObligation } from '../modules/obligation/obligation.entity';
import { ReportDocument, ReportResult } from '../modules/report/report-parts.entity';
import { Report } from '../modules/report/report.entity';
import { AdministrativeUnit } from '../modules/unit/unit.entity';
import { User } from '../modules/user/user.entity';

/** Listed explicitly (no folder discovery) so the compiled server, tsx and vitest all see the same model. */
export const entities = [
  AdministrativeUnit,
  Agency,
  LegalDocument,
  Plan,
  PlanLegalBasis,
  Responsibility,
  ReportingRequirement,
  ReportingDeadline,
  Recipient,
  Signature,
  Activity,
  ActivityParticipant,
  ActivityCitation,
  Schedule,
  BudgetLine,
  Report,
  ReportResult,
  ReportDocument,
  User,
  ApiClient,
  AuditEntry,
  ReportingObligation,
];
