import { type Access, everyone, signedIn, withRole } from '../../auth/access';
import { Role } from '../../common/enums';

export const sessionRules: Record<string, Record<string, Access>> = {
  LoginResult: { '*': everyone }, // why: returned only to whoever just proved the password
  Permissions: { '*': everyone }, // why: describes the caller to the caller
  ResourcePermission: { '*': everyone }, // why: as above
  Query: {
    me: everyone, // why: the anonymous caller gets null
    myPermissions: everyone, // why: the public may learn what the public may do
  },
  Mutation: {
    login: everyone, // why: signing in is how one stops being anonymous
    unlockSignIn: withRole(Role.ADMIN), // why: admins manage the accounts of their scope (the resolver checks the scope)
    changeMyPassword: signedIn, // why: a signed-in user changes their own password, proving the current one
  },
};
