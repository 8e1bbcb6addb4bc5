import type { EntityClass } from '@mikro-orm/postgresql';

/** The entity that carries the unit tree (`path`), registered by the unit module: the kernel imports no module. */
let unitEntity: EntityClass<{ id: number; path: string }> | undefined;

export function registerScopeUnit(entity: EntityClass<{ id: number; path: string }>): void {
  unitEntity = entity;
}

export function scopeUnit(): EntityClass<{ id: number; path: string }> {
  if (!unitEntity) throw new Error('No unit entity registered for row scopes');
  return unitEntity;
}
