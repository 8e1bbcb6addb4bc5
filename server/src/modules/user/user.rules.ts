import { allOf, type Access, anyOf, inScope, when, withRole, readQueries, writeMutations } from '../../auth/access';
import { adminWithinScope } from '../../auth/admin-access';
import { hasRole, isUser } from '../../auth/principal';
import { NO_ROWS, type RowScope, unitColumnInScope } from '../../auth/row-scope';
import { Role } from '../../common/enums';
import { User } from './user.entity';

/** Admins read the users of their scope; everyone else only themselves (for `me`). */
export const userRows: RowScope = (p, e) => {
  if (hasRole(p, Role.ADMIN)) return unitColumnInScope(p, `${e}.administrative_unit_id`);
  return isUser(p) ? { sql: `${e}.id = ?`, params: [p.id] } : NO_ROWS;
};

const self = when<User>(
  'self',
  (user, ctx) => user.id === ctx.auth.id,
  (p, row) => isUser(p) && { sql: `${row.column('id')} = ?`, params: [p.id] },
);
const admin = withRole(Role.ADMIN);
const manageUser = (name: string) => adminWithinScope(name, (ctx, id) => ctx.em.findOne(User, { id }));

export const userRules: Record<string, Record<string, Access>> = {
  User: {
    '*': anyOf(
      self,
      allOf(
        admin,
        inScope((user: User) => user.administrativeUnit.id, 'administrativeUnit'),
      ),
    ), // why: accounts are seen by their owner and their scope's admins
  },
  Query: {
    ...readQueries('User', 'Users', admin), // why: account management is for admins; rows limited by userRows
  },
  Mutation: {
    ...writeMutations('User', manageUser), // why: admins create accounts within their scope
  },
};
