import { allOf, type Access, inScope, withRole, readQueries } from '../../auth/access';
import { hasRole } from '../../auth/principal';
import { NO_ROWS, type RowScope, unitColumnInScope } from '../../auth/row-scope';
import { Role } from '../../common/enums';
import { adminWithinScope } from '../../auth/admin-access';
import { ApiClient } from './api-client.entity';

/** API clients are managed, and seen, by the admins of their scope only. */
export const apiClientRows: RowScope = (p, e) => (hasRole(p, Role.ADMIN) ? unitColumnInScope(p, `${e}.administrative_unit_id`) : NO_ROWS);

const admin = withRole(Role.ADMIN);
const manageClient = (name: string) => adminWithinScope(name, (ctx, id) => ctx.em.findOne(ApiClient, { id }));

export const apiClientRules: Record<string, Record<string, Access>> = {
  ApiClient: {
    '*': allOf(
      admin,
      inScope((client: ApiClient) => client.administrativeUnit.id, 'administrativeUnit'),
    ), // why: keys are managed by the scope's admins
  },
  Query: {
    ...readQueries('ApiClient', 'ApiClients', admin), // why: as above; rows limited by apiClientRows
  },
  Mutation: {
    createApiClient: manageClient('createApiClient'), // why: admins issue keys bound to a unit within their scope
    deleteApiClient: manageClient('deleteApiClient'), // why: admins revoke keys within their scope
  },
};
