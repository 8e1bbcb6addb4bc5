import { type Access, everyone } from '../../auth/access';

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
  },
};
