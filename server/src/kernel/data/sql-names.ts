import type { EntityManager, EntityMetadata } from '@mikro-orm/postgresql';

/** Table and column names come from MikroORM's metadata, never from hand-kept strings. */
export const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export const metadataOf = (em: EntityManager, entityName: string): EntityMetadata => em.getMetadata().get(entityName);

export const tableOf = (meta: EntityMetadata) => quote(meta.tableName);

/** The column of a scalar or many-to-one property (its foreign key), or undefined when it has none. */
export function columnOf(meta: EntityMetadata, property: string): string | undefined {
  const column = meta.properties[property]?.fieldNames?.[0];
  return column === undefined ? undefined : quote(column);
}

export const primaryKeyOf = (meta: EntityMetadata) => columnOf(meta, meta.primaryKeys[0])!;

/**
 * SQL for a property path on the row `alias`: `administrativeUnit` is the row's own foreign key column,
 * `plan.administrativeUnit` reads it off the referenced plan in a sub-select.
 */
export function pathSql(em: EntityManager, meta: EntityMetadata, alias: string, path: string): string {
  const [head, ...rest] = path.split('.');
  const column = columnOf(meta, head);
  if (!column) throw new Error(`${meta.className} has no column for ${head}`);
  if (!rest.length) return `${alias}.${column}`;
  const target = metadataOf(em, meta.properties[head].type);
  const next = `${alias}_${head}`;
  return `(select ${pathSql(em, target, next, rest.join('.'))} from ${tableOf(target)} ${next} where ${next}.${primaryKeyOf(target)} = ${alias}.${column})`;
}
