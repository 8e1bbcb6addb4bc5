import { type GraphQLSchema, isObjectType } from 'graphql';
import { accessFor } from '../../auth/permissions';
import { writableBy, type WritableFields } from '../../auth/write-guard';
import type { Context } from '../../context';
import { budgetLineWritable } from '../budget/budget-line.rules';
import { planWritable } from '../plan/plan.rules';
import { reportWritable } from '../report/report.rules';
import type { ResourcePermission } from './permissions.types';

/** The console's resources, with the list query's name. */
const RESOURCES: [string, string][] = [
  ['Plan', 'allPlans'],
  ['Activity', 'allActivities'],
  ['BudgetLine', 'allBudgetLines'],
  ['Report', 'allReports'],
  ['LegalDocument', 'allLegalDocuments'],
  ['Agency', 'allAgencies'],
  ['AdministrativeUnit', 'allAdministrativeUnits'],
  ['User', 'allUsers'],
  ['ApiClient', 'allApiClients'],
  ['AuditEntry', 'allAuditEntries'],
  ['ReportingObligation', 'allReportingObligations'],
];

/** Resources whose arguments are split between roles; for the others, whoever may update may set every argument. */
const SPLIT: Record<string, WritableFields> = { Plan: planWritable, BudgetLine: budgetLineWritable, Report: reportWritable };

const allowed = async (ctx: Context, type: string, field: string) => (await accessFor(type, field)?.check(ctx, undefined)) === true;

/**
 * What the caller may do, read from the same rule table the API enforces, each rule asked for
 * "a row of the caller's own unit": the best case, which the console uses to decide what to offer.
 */
export async function myPermissions(ctx: Context, schema: GraphQLSchema): Promise<ResourcePermission[]> {
  const result: ResourcePermission[] = [];
  for (const [resource, listQuery] of RESOURCES) {
    const type = schema.getType(resource);
    if (!isObjectType(type)) continue;
    const operations: string[] = [];
    if (await allowed(ctx, 'Query', listQuery)) operations.push('list');
    if (await allowed(ctx, 'Query', resource)) operations.push('show');
    for (const op of ['create', 'update', 'delete']) if (await allowed(ctx, 'Mutation', `${op}${resource}`)) operations.push(op);
    const readableFields: string[] = [];
    if (operations.length)
      for (const field of Object.keys(type.getFields())) if (await allowed(ctx, resource, field)) readableFields.push(field);
    const writableFields = new Set<string>();
    for (const op of ['create', 'update'].filter((o) => operations.includes(o))) {
      for (const arg of schema.getMutationType()?.getFields()[`${op}${resource}`]?.args ?? [])
        if (arg.name !== 'id') writableFields.add(arg.name);
    }
    const split = SPLIT[resource] && writableBy(SPLIT[resource], ctx.auth);
    result.push({ resource, operations, readableFields, writableFields: [...writableFields].filter((f) => !split || split.has(f)).sort() });
  }
  return result;
}
