import type { EntityClass, EntityManager, QueryBuilder } from '@mikro-orm/postgresql';
import { entities } from '../db/entities';
import { ApiClient } from '../modules/api-client/api-client.entity';
import { AuditEntry } from '../modules/audit/audit.entity';
import { auditRows } from '../modules/audit/audit.rules';
import { apiClientRows } from '../modules/api-client/api-client.rules';
import { Activity } from '../modules/activity/activity.entity';
import { activityRows } from '../modules/activity/activity.rules';
import { BudgetLine } from '../modules/budget/budget-line.entity';
import { budgetLineRows } from '../modules/budget/budget-line.rules';
import { ReportingObligation } from '../modules/obligation/obligation.entity';
import { obligationRows } from '../modules/obligation/obligation.rules';
import { Plan } from '../modules/plan/plan.entity';
import { planRows } from '../modules/plan/plan.rules';
import { Report } from '../modules/report/report.entity';
import { reportRows } from '../modules/report/report.rules';
import { User } from '../modules/user/user.entity';
import { userRows } from '../modules/user/user.rules';
import type { Principal } from './principal';
import type { RowScope } from './row-scope';

/** Tables whose rows are not all public, with the rule that picks the rows a caller may read. */
const rowScopes = new Map<EntityClass<object>, RowScope>([
  [Plan, planRows], [Activity, activityRows], [BudgetLine, budgetLineRows], [Report, reportRows], [User, userRows], [ApiClient, apiClientRows],
  [AuditEntry, auditRows], [ReportingObligation, obligationRows],
]);

/**
 * Every other table is either a public catalogue (units, agencies, legal documents) or a part reached
 * only through a row above that is scoped (a plan's legal bases, a report's results…). A new entity must
 * be placed in one of the two lists, so forgetting it fails at start instead of leaking rows.
 */
const UNSCOPED = new Set([
  'AdministrativeUnit', 'Agency', 'LegalDocument', 'PlanLegalBasis', 'Responsibility', 'ReportingRequirement', 'ReportingDeadline',
  'Recipient', 'Signature', 'ActivityParticipant', 'ActivityCitation', 'Schedule', 'ReportResult', 'ReportDocument',
]);
const unplaced = entities.filter((e) => !rowScopes.has(e as EntityClass<object>) && !UNSCOPED.has(e.name));
if (unplaced.length) throw new Error(`No row scope decided for: ${unplaced.map((e) => e.name).join(', ')}`);

/** A query over `entity` (alias `e`) already limited to the rows the caller may read. */
export function scopedQuery<T extends object>(em: EntityManager, principal: Principal, entity: EntityClass<T>): QueryBuilder<T> {
  const qb = em.createQueryBuilder(entity, 'e');
  const scope = rowScopes.get(entity as EntityClass<object>)?.(principal, 'e');
  if (scope) qb.andWhere(scope.sql, scope.params);
  return qb;
}
