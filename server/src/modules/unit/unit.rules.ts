import { type Access, everyone } from '../../auth/access';
import { centralAdmin } from '../../auth/admin-access';

export const unitRules: Record<string, Record<string, Access>> = {
  AdministrativeUnit: { '*': everyone }, // why: the list of units is public
  ListMetadata: { '*': everyone }, // why: a count of rows the caller may list
  Query: {
    AdministrativeUnit: everyone, // why: public catalogue
    allAdministrativeUnits: everyone, // why: as above
    _allAdministrativeUnitsMeta: everyone, // why: as above
  },
  Mutation: {
    createAdministrativeUnit: centralAdmin, // why: the national catalogue of units is kept centrally
    updateAdministrativeUnit: centralAdmin, // why: as above
    deleteAdministrativeUnit: centralAdmin, // why: as above
  },
};
