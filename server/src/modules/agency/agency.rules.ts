import { type Access, everyone, signedIn } from '../../auth/access';
import { adminWithinScope } from '../../auth/admin-access';
import { Agency } from './agency.entity';

const manageAgency = (name: string) => adminWithinScope(name, (ctx, id) => ctx.em.findOne(Agency, { id }));

export const agencyRules: Record<string, Record<string, Access>> = {
  Agency: {
    '*': everyone, // why: agency names and kinds are public
    contactEmail: signedIn, // why: contact details are for signed-in officials
    contactPhone: signedIn, // why: as above
  },
  Query: {
    Agency: everyone, // why: public catalogue
    allAgencies: everyone, // why: as above
    _allAgenciesMeta: everyone, // why: as above
  },
  Mutation: {
    createAgency: manageAgency('createAgency'), // why: admins keep the agencies of their scope
    updateAgency: manageAgency('updateAgency'), // why: as above
    deleteAgency: manageAgency('deleteAgency'), // why: as above
  },
};
