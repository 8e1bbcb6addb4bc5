import { Arg, Ctx, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { principalOfUser, unauthenticated } from './authenticate';
import { hashPassword, verifyPassword } from '../../auth/password';
import { isUser } from '../../auth/principal';
import { badInput, DomainError } from '../../common/errors';
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
    const { accounts, addresses, tokens } = ctx.services;
    const account = username.trim().toLowerCase();
    const wait = Math.max(accounts.waitFor(account), addresses.waitFor(ctx.clientAddress));
    if (wait > 0) {
      throw new DomainError('TOO_MANY_REQUESTS', `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${Math.ceil(wait / 1000)} giây.`);
    }
    const user = await ctx.em.findOne(User, { username: account }, { populate: ['administrativeUnit'] });
    const ok = (await verifyPassword(password, user?.passwordHash ?? (await (decoyHash ??= hashPassword('decoy-password'))))) && user !== null && !user.disabled;
    if (!ok) {
      accounts.fail(account);
      addresses.fail(ctx.clientAddress);
      throw unauthenticated(WRONG_LOGIN);
    }
    accounts.succeed(account);
    // The rest of this request (the selected `user` fields) is answered for the user who just signed in.
    ctx.auth = principalOfUser(user);
    ctx.loaders = new Loaders(ctx.em, ctx.auth);
    return { token: await tokens.sign(user.id), user };
  }

  @Mutation(() => Boolean, { description: 'Người đang đăng nhập đổi mật khẩu của mình; cần mật khẩu hiện tại.' })
  async changeMyPassword(@Arg('currentPassword', () => String) currentPassword: string, @Arg('newPassword', () => String) newPassword: string, @Ctx() ctx: Context) {
    const user = isUser(ctx.auth) ? await ctx.em.findOne(User, { id: ctx.auth.id }) : null;
    if (!user) throw unauthenticated('Vui lòng đăng nhập.');
    // Checked like a sign-in, so a stolen session cannot guess the password through this door either.
    const account = user.username;
    if (ctx.services.accounts.waitFor(account) > 0) throw new DomainError('TOO_MANY_REQUESTS', 'Nhập sai mật khẩu quá nhiều lần. Vui lòng thử lại sau.');
    if (!(await verifyPassword(currentPassword, user.passwordHash))) {
      ctx.services.accounts.fail(account);
      throw badInput('currentPassword', 'Mật khẩu hiện tại không đúng.');
    }
    if (newPassword.length < 8) throw badInput('newPassword', 'Mật khẩu mới phải có ít nhất 8 ký tự.');
    if (newPassword === currentPassword) throw badInput('newPassword', 'Mật khẩu mới phải khác mật khẩu hiện tại.');
    user.passwordHash = await hashPassword(newPassword);
    await ctx.em.flush();
    return true;
  }

  @Query(() => User, { nullable: true, description: 'Người đang đăng nhập; trống với người dùng ẩn danh.' })
  async me(@Ctx() ctx: Context) {
    return isUser(ctx.auth) ? ctx.em.findOne(User, { id: ctx.auth.id }) : null;
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
