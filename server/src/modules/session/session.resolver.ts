import { Arg, Ctx, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { principalOfUser, unauthenticated } from './authenticate';
import { hashPassword, verifyPassword } from '../../auth/password';
import { isUser, scopeContainsPath } from '../../auth/principal';
import { badInput, notFound } from '../../common/errors';
import { Loaders } from '../../common/loaders';
import type { Context } from '../../context';
import { AdministrativeUnit } from '../unit/unit.entity';
import { User } from '../user/user.entity';
import { myPermissions } from './my-permissions';
import { LoginResult, Permissions } from './permissions.types';

/** One answer for a wrong user, a wrong password or a disabled account, so none of them can be probed. */
const WRONG_LOGIN = 'Tên đăng nhập hoặc mật khẩu không đúng.';
/** Checked against when the account does not exist, so a wrong username costs as long as a wrong password. */
let decoyHash: Promise<string> | undefined;

@Resolver()
export class SessionResolver {
  @Mutation(() => LoginResult, { description: 'Đăng nhập; trả về mã phiên dùng trong tiêu đề Authorization: Bearer <mã>.' })
  async login(@Arg('username', () => String) username: string, @Arg('password', () => String) password: string, @Ctx() ctx: Context) {
    const { signIns, tokens } = ctx.services;
    const account = username.trim().toLowerCase();
    await signIns.attempt(account, ctx.clientAddress);
    const user = await ctx.em.findOne(User, { username: account }, { populate: ['administrativeUnit'], connectionType: 'write' });
    const ok =
      (await verifyPassword(password, user?.passwordHash ?? (await (decoyHash ??= hashPassword('decoy-password'))))) &&
      user !== null &&
      !user.disabled;
    if (!ok) throw unauthenticated(WRONG_LOGIN);
    await signIns.succeeded(account, ctx.clientAddress);
    // The rest of this request (the selected `user` fields) is answered for the user who just signed in.
    ctx.auth = principalOfUser(user);
    ctx.loaders = new Loaders(ctx.em, ctx.auth);
    return { token: await tokens.sign({ userId: user.id, version: user.tokenVersion }), user };
  }

  @Mutation(() => Boolean, { description: 'Mở khóa đăng nhập của một tài khoản bị khóa vì nhập sai mật khẩu nhiều lần.' })
  async unlockSignIn(@Arg('username', () => String) username: string, @Ctx() ctx: Context) {
    const account = username.trim().toLowerCase();
    const user = await ctx.em.findOne(User, { username: account }, { populate: ['administrativeUnit'] });
    // Outside the admin's scope answers exactly like a missing account.
    if (!user || !scopeContainsPath(ctx.auth, user.administrativeUnit.path)) throw notFound('username', 'tài khoản', account);
    await ctx.services.signIns.unlock(account);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Người đang đăng nhập đổi mật khẩu của mình; cần mật khẩu hiện tại.' })
  async changeMyPassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: Context,
  ) {
    const user = isUser(ctx.auth) ? await ctx.em.findOne(User, { id: ctx.auth.id }) : null;
    if (!user) throw unauthenticated('Vui lòng đăng nhập.');
    // Counted like a sign-in, so a stolen session cannot guess the password through this door either.
    await ctx.services.signIns.attempt(user.username, ctx.clientAddress);
    if (!(await verifyPassword(currentPassword, user.passwordHash))) throw badInput('currentPassword', 'Mật khẩu hiện tại không đúng.');
    await ctx.services.signIns.succeeded(user.username, ctx.clientAddress);
    if (newPassword.length < 8) throw badInput('newPassword', 'Mật khẩu mới phải có ít nhất 8 ký tự.');
    if (newPassword === currentPassword) throw badInput('newPassword', 'Mật khẩu mới phải khác mật khẩu hiện tại.');
    user.passwordHash = await hashPassword(newPassword);
    await ctx.em.flush();
    return true;
  }

  @Query(() => User, { nullable: true, description: 'Người đang đăng nhập; trống với người dùng ẩn danh.' })
  async me(@Ctx() ctx: Context) {
    // From the primary, where the caller was just recognised: a replica may not have the account yet.
    return isUser(ctx.auth) ? ctx.em.findOne(User, { id: ctx.auth.id }, { connectionType: 'write' }) : null;
  }

  @Query(() => Permissions, { description: 'Những gì người gọi được đọc và ghi, theo từng loại dữ liệu.' })
  async myPermissions(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Permissions> {
    return {
      principal: ctx.auth.kind,
      roles: [...ctx.auth.roles],
      administrativeUnit: ctx.auth.unitId ? await ctx.loaders.one(AdministrativeUnit, { id: ctx.auth.unitId }) : undefined,
      resources: await myPermissions(ctx, info.schema),
    };
  }
}
