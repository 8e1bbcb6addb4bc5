import { type Access, everyone, readQueries, writeMutations } from '../../auth/access';
import { centralAdmin } from '../../auth/admin-access';

export const unitRules: Record<string, Record<string, Access>> = {
  AdministrativeUnit: { '*': everyone }, // why: the list of units is public
  ListMetadata: { '*': everyone }, // why: a count of rows the caller may list
  Query: {
    ...readQueries('AdministrativeUnit', 'AdministrativeUnits', everyone), // why: public catalogue
  },
  Mutation: {
    ...writeMutations('AdministrativeUnit', () => centralAdmin), // why: the national catalogue of units is kept centrally
  },
};
