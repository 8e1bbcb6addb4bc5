import { type Access, everyone, signedIn, readQueries, writeMutations } from '../../auth/access';
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
    ...readQueries('Agency', 'Agencies', everyone), // why: public catalogue
  },
  Mutation: {
    ...writeMutations('Agency', manageAgency), // why: admins keep the agencies of their scope
  },
};
