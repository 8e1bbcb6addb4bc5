import type { Access } from '../../auth/access';

/** Per GraphQL type, per field (or `*` for the type's other fields), the rule that decides who may read or call it. */
export type RuleTable = Record<string, Record<string, Access>>;

/**
 * Every registered module's rules, merged by type: `ruleTable.Plan.budgetLines`, `ruleTable.Mutation.createPlan`…
 * Filled by the composition root (`app/modules.ts`) before the schema is built; empty means everything is denied.
 */
export const ruleTable: RuleTable = {};

export function registerRules(table: RuleTable): void {
  for (const [type, fields] of Object.entries(table)) {
    for (const field of Object.keys(fields)) {
      if (ruleTable[type]?.[field]) throw new Error(`Two rules for ${type}.${field}`);
    }
    ruleTable[type] = { ...ruleTable[type], ...fields };
  }
}

/** The rule that applies to one field: its own, else its type's `*`; undefined means denied. */
export const accessFor = (type: string, field: string): Access | undefined => ruleTable[type]?.[field] ?? ruleTable[type]?.['*'];
