import { hashPassword } from '../../auth/password';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Role } from '../../common/enums';
import { badInput, conflict, notFound, requireFields } from '../../common/errors';
import { count, list, ListArgs, ListMetadata, type ListSpec } from '../../common/list';
import { assignDefined, requireRef } from '../../common/refs';
import { whereText } from '../../common/search';
import { inUnitSubtree } from '../unit/unit-subtree';
import { AdministrativeUnit } from '../unit/unit.entity';
import { User } from './user.entity';

@InputType('UserFilter')
export class UserFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => ID, { nullable: true, description: 'Người dùng của đơn vị này và các đơn vị trực thuộc.' }) administrativeUnitId?: string;
  @Field(() => Role, { nullable: true }) role?: Role;
  @Field(() => Boolean, { nullable: true }) disabled?: boolean;
}

const userList: ListSpec<User, UserFilter> = {
  entity: User,
  sortable: { id: 'e.id', username: 'e.username', displayName: 'e.display_name' },
  defaultSort: 'username',
  applyFilter: (qb, f) => {
    if (f.ids) qb.andWhere({ id: { $in: f.ids.map(Number) } });
    whereText(qb, f.q);
    if (f.administrativeUnitId) qb.andWhere(inUnitSubtree('e.administrative_unit_id'), [Number(f.administrativeUnitId)]);
    if (f.role) qb.andWhere('e.roles @> ?::jsonb', [JSON.stringify([f.role])]);
    if (f.disabled !== undefined && f.disabled !== null) qb.andWhere({ disabled: f.disabled });
  },
};

@ArgsType()
class UserFields {
  @Field(() => String, { nullable: true }) username?: string;
  @Field(() => String, { nullable: true }) displayName?: string;
  @Field(() => String, { nullable: true, description: 'Mật khẩu mới, ít nhất 8 ký tự; chỉ lưu bản băm.' }) password?: string;
  @Field(() => ID, { nullable: true }) administrativeUnitId?: string;
  @Field(() => [Role], { nullable: true }) roles?: Role[];
  @Field(() => Boolean, { nullable: true }) disabled?: boolean;
}

@ArgsType()
class UpdateUserArgs extends UserFields {
  @Field(() => ID) id!: string;
}

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: 'Một người dùng.' })
  async User(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const user = await ctx.loaders.one(User, { id: Number(id) });
    if (!user) throw notFound('id', 'người dùng', id);
    return user;
  }

  @Query(() => [User])
  allUsers(@Args() args: ListArgs, @Arg('filter', () => UserFilter, { nullable: true }) filter: UserFilter | undefined, @Ctx() ctx: Context) {
    return list(ctx, userList, args, filter);
  }

  @Query(() => ListMetadata)
  _allUsersMeta(@Args() _args: ListArgs, @Arg('filter', () => UserFilter, { nullable: true }) filter: UserFilter | undefined, @Ctx() ctx: Context) {
    return count(ctx, userList, filter);
  }

  @Mutation(() => User)
  createUser(@Args() args: UserFields, @Ctx() ctx: Context) {
    requireFields(args, ['username', 'displayName', 'password', 'administrativeUnitId']);
    return this.save(ctx, new User(), args);
  }

  @Mutation(() => User)
  async updateUser(@Args() { id, ...args }: UpdateUserArgs, @Ctx() ctx: Context) {
    return this.save(ctx, await requireRef(ctx.em, User, id, 'id', 'người dùng'), args);
  }

  @Mutation(() => User)
  async deleteUser(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const user = await requireRef(ctx.em, User, id, 'id', 'người dùng');
    const snapshot = { ...user };
    await ctx.em.removeAndFlush(user);
    return snapshot;
  }

  private async save(ctx: Context, user: User, { password, administrativeUnitId, ...fields }: UserFields) {
    if (fields.username !== undefined && !/^[a-z0-9._-]{3,64}$/.test(fields.username)) throw badInput('username', 'Tên đăng nhập gồm 3–64 ký tự: chữ thường không dấu, số, dấu chấm, gạch.');
    if (fields.username && fields.username !== user.username && (await ctx.em.count(User, { username: fields.username }))) throw conflict('username', `Tên đăng nhập "${fields.username}" đã có.`);
    if (password !== undefined && password.length < 8) throw badInput('password', 'Mật khẩu phải có ít nhất 8 ký tự.');
    assignDefined(user, fields as Partial<User>);
    if (password) user.passwordHash = await hashPassword(password);
    if (administrativeUnitId) user.administrativeUnit = await requireRef(ctx.em, AdministrativeUnit, administrativeUnitId, 'administrativeUnitId', 'đơn vị hành chính');
    await ctx.em.persistAndFlush(user);
    return user;
  }

  @FieldResolver(() => ID, { nullable: true })
  administrativeUnitId(@Root() user: User) {
    return user.administrativeUnit.id;
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true })
  administrativeUnit(@Root() user: User, @Ctx() ctx: Context) {
    return ctx.loaders.one(AdministrativeUnit, user.administrativeUnit);
  }
}
