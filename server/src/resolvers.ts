import type { NonEmptyArray } from 'type-graphql';
import { AdministrativeUnitMutations } from './modules/unit/unit.mutations';
import { AdministrativeUnitResolver } from './modules/unit/unit.resolver';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [AdministrativeUnitResolver, AdministrativeUnitMutations];
