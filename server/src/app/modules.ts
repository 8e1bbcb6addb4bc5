import { entities } from '../db/entities';
import { registerScopeUnit } from '../kernel/access/scope-unit';
import { registerModules } from '../kernel/data/modules';
import { activityModule } from '../modules/activity/activity.resource';
import { agencyModule } from '../modules/agency/agency.resource';
import { apiClientModule } from '../modules/api-client/api-client.resource';
import { auditModule } from '../modules/audit/audit.resource';
import { budgetModule } from '../modules/budget/budget-line.resource';
import { calendarModule } from '../modules/calendar/calendar.resolver';
import { consolidationModule } from '../modules/consolidation/consolidation.resolver';
import { documentIoModule } from '../modules/document-io/document-io.module';
import { legalDocumentModule } from '../modules/legal-document/legal-document.resource';
import { obligationModule } from '../modules/obligation/obligation.resource';
import { planLifecycleModule } from '../modules/plan/plan-lifecycle.resolver';
import { planModule } from '../modules/plan/plan.resource';
import { reportModule } from '../modules/report/report.resource';
import { sessionModule } from '../modules/session/session.module';
import { AdministrativeUnit } from '../modules/unit/unit.entity';
import { unitModule } from '../modules/unit/unit.resource';
import { userModule } from '../modules/user/user.resource';

/**
 * The composition root: the only place that imports every module. Adding a concept is one folder and one line here.
 * Registering happens once, when this file is first imported; a stored entity no module placed fails right here.
 */
export const modules = [
  unitModule,
  agencyModule,
  legalDocumentModule,
  planModule,
  activityModule,
  budgetModule,
  reportModule,
  userModule,
  apiClientModule,
  auditModule,
  sessionModule,
  planLifecycleModule,
  obligationModule,
  calendarModule,
  consolidationModule,
  documentIoModule,
];

// Row scopes are prefix tests on the units' ancestor paths.
registerScopeUnit(AdministrativeUnit);

export const resolvers = registerModules(modules, entities);
