import type { NonEmptyArray } from 'type-graphql';
import { ActivityParticipantResolver, ActivityResolver } from './modules/activity/activity.resolver';
import { ApiClientResolver } from './modules/api-client/api-client.resolver';
import { AuditEntryResolver } from './modules/audit/audit.resolver';
import { AgencyResolver } from './modules/agency/agency.resolver';
import { BudgetLineResolver } from './modules/budget/budget-line.resolver';
import { BudgetSummaryResolver } from './modules/budget/budget-summary.resolver';
import { ImportResolver } from './modules/document-io/import.resolver';
import { LegalReferenceResolver } from './modules/document-io/legal-reference.resolver';
import { LegalDocumentResolver } from './modules/legal-document/legal-document.resolver';
import { PlanLegalBasisResolver, RecipientResolver, ReportingRequirementResolver, ResponsibilityResolver } from './modules/plan/plan-parts.resolver';
import { PlanResolver } from './modules/plan/plan.resolver';
import { BudgetLineHolderResolver, LegalDocumentLinksResolver, RecipientLinksResolver, ReportingRequirementLinksResolver, ResponsibilityLinksResolver } from './modules/plan/agency-links.resolver';
import { ReportResolver, ReportResultResolver } from './modules/report/report.resolver';
import { AdministrativeUnitMutations } from './modules/unit/unit.mutations';
import { AdministrativeUnitResolver } from './modules/unit/unit.resolver';
import { SessionResolver } from './modules/session/session.resolver';
import { UserResolver } from './modules/user/user.resolver';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  AdministrativeUnitResolver, AdministrativeUnitMutations, AgencyResolver, LegalDocumentResolver,
  PlanResolver, PlanLegalBasisResolver, ResponsibilityResolver, ReportingRequirementResolver, RecipientResolver,
  ActivityResolver, ActivityParticipantResolver, BudgetLineResolver, BudgetSummaryResolver, ReportResolver, ReportResultResolver, UserResolver,
  ApiClientResolver, SessionResolver, AuditEntryResolver, LegalReferenceResolver, ImportResolver,
  ResponsibilityLinksResolver, ReportingRequirementLinksResolver, RecipientLinksResolver, LegalDocumentLinksResolver, BudgetLineHolderResolver,
];
