import { registerRules } from '../access/rule-table';
import { assertRowsDecided, registerRows } from '../access/row-scopes';
import { registerResource } from './registry';
import { resolversOf, type ModuleDeclaration } from './resource';

/**
 * Registers every module's rules and row scopes and returns the resolver classes the schema is built from.
 * Called once by the composition root; an entity of `entities` that no module placed fails here, at start.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own type for resolver classes
export function registerModules(modules: readonly ModuleDeclaration[], entities: readonly { name: string }[]): Function[] {
  const resolvers = [];
  for (const module of modules) {
    module.rules.forEach(registerRules);
    for (const resource of module.resources) {
      registerRows(resource.entity, resource.rows);
      registerResource(resource);
      resolvers.push(...resolversOf(resource));
    }
    resolvers.push(...(module.resolvers ?? []));
  }
  assertRowsDecided(entities);
  return resolvers;
}
