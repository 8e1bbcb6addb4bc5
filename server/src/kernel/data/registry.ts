import type { Resource } from './resource';

/** Declared resources by entity (and GraphQL type) name, for the read compiler. */
const resources = new Map<string, Resource>();

export function registerResource(resource: Resource): void {
  resources.set(resource.entity.name, resource);
}

export const resourceNamed = (name: string): Resource | undefined => resources.get(name);
