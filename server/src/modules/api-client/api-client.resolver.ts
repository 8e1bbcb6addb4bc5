import { randomBytes } from 'node:crypto';
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { sha256 } from '../../auth/authenticate';
import { notFound, requireFields } from '../../common/errors';
import { count, likePattern, list, ListArgs, ListMetadata, type ListSpec } from '../../common/list';
import { requireRef } from '../../common/refs';
import type { Context } from '../../context';
import { inUnitSubtree } from '../unit/unit-subtree';
import { AdministrativeUnit } from '../unit/unit.entity';
import { ApiClient } from './api-client.entity';

@InputType('ApiClientFilter')
export class ApiClientFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => ID, { nullable: true }) administrativeUnitId?: string;
}

const apiClientList: ListSpec<ApiClient, ApiClientFilter> = {
  entity: ApiClient,
  sortable: { id: 'e.id', name: 'e.name', lastUsedAt: 'e.last_used_at' },
  defaultSort: 'name',
  applyFilter: (qb, f) => {
    if (f.ids) qb.andWhere({ id: { $in: f.ids.map(Number) } });
    if (f.q) qb.andWhere('e.name ilike ?', [likePattern(f.q)]);
    if (f.administrativeUnitId) qb.andWhere(inUnitSubtree('e.administrative_unit_id'), [Number(f.administrativeUnitId)]);
  },
};

@Resolver(() => ApiClient)
export class ApiClientResolver {
  @Query(() => ApiClient, { nullable: true, description: 'Một khóa truy cập.' })
  async ApiClient(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const client = await ctx.loaders.one(ApiClient, { id: Number(id) });
    if (!client) throw notFound('id', 'khóa truy cập', id);
    return client;
  }

  @Query(() => [ApiClient])
  allApiClients(@Args() args: ListArgs, @Arg('filter', () => ApiClientFilter, { nullable: true }) filter: ApiClientFilter | undefined, @Ctx() ctx: Context) {
    return list(ctx, apiClientList, args, filter);
  }

  @Query(() => ListMetadata)
  _allApiClientsMeta(@Args() _args: ListArgs, @Arg('filter', () => ApiClientFilter, { nullable: true }) filter: ApiClientFilter | undefined, @Ctx() ctx: Context) {
    return count(ctx, apiClientList, filter);
  }

  @Mutation(() => ApiClient, { description: 'Tạo khóa cho công cụ báo cáo; khóa bí mật chỉ trả về một lần, trong kết quả này.' })
  async createApiClient(
    @Arg('name', () => String, { nullable: true }) name: string | undefined,
    @Arg('administrativeUnitId', () => ID, { nullable: true }) administrativeUnitId: string | undefined,
    @Ctx() ctx: Context,
  ) {
    requireFields({ name: name?.trim(), administrativeUnitId }, ['name', 'administrativeUnitId']);
    const client = new ApiClient();
    client.name = name!.trim();
    client.administrativeUnit = await requireRef(ctx.em, AdministrativeUnit, administrativeUnitId!, 'administrativeUnitId', 'đơn vị hành chính');
    client.secretHash = sha256(randomBytes(8).toString('hex')); // placeholder until the id is known
    await ctx.em.transactional(async (em) => {
      em.persist(client);
      await em.flush();
      const secret = `ttdn_${client.id}_${randomBytes(32).toString('base64url')}`;
      client.secretHash = sha256(secret);
      await em.flush();
      client.secret = secret;
    });
    return client;
  }

  @Mutation(() => ApiClient, { description: 'Thu hồi (xóa) khóa truy cập.' })
  async deleteApiClient(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const client = await requireRef(ctx.em, ApiClient, id, 'id', 'khóa truy cập');
    const snapshot = { ...client };
    await ctx.em.removeAndFlush(client);
    return snapshot;
  }

  @FieldResolver(() => ID, { nullable: true })
  administrativeUnitId(@Root() client: ApiClient) {
    return client.administrativeUnit.id;
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true })
  administrativeUnit(@Root() client: ApiClient, @Ctx() ctx: Context) {
    return ctx.loaders.one(AdministrativeUnit, client.administrativeUnit);
  }
}
