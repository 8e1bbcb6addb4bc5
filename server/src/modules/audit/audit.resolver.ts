import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '../../common/errors';
import { count, list, ListArgs, ListMetadata, type ListSpec } from '../../common/list';
import type { Context } from '../../context';
import { inUnitSubtree } from '../unit/unit-subtree';
import { AuditEntry } from './audit.entity';

@InputType('AuditEntryFilter')
export class AuditEntryFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true }) operation?: string;
  @Field(() => String, { nullable: true }) targetType?: string;
  @Field(() => ID, { nullable: true }) targetId?: string;
  @Field(() => ID, { nullable: true }) actorId?: string;
  @Field(() => ID, { nullable: true, description: 'Thao tác của người thuộc đơn vị này và các đơn vị trực thuộc.' }) administrativeUnitId?: string;
}

const auditList: ListSpec<AuditEntry, AuditEntryFilter> = {
  entity: AuditEntry,
  sortable: { id: 'e.id', at: 'e.created_at', operation: 'e.operation' },
  defaultSort: 'at',
  filterReads: { administrativeUnitId: ['actorId'] },
  applyFilter: (qb, f) => {
    if (f.ids) qb.andWhere({ id: { $in: f.ids.map(Number) } });
    if (f.operation) qb.andWhere({ operation: f.operation });
    if (f.targetType) qb.andWhere({ targetType: f.targetType });
    if (f.targetId) qb.andWhere({ targetId: f.targetId });
    if (f.actorId) qb.andWhere({ actorId: Number(f.actorId) });
    if (f.administrativeUnitId) qb.andWhere(inUnitSubtree('e.administrative_unit_id'), [Number(f.administrativeUnitId)]);
  },
};

@Resolver(() => AuditEntry)
export class AuditEntryResolver {
  @Query(() => AuditEntry, { nullable: true, description: 'Một mục nhật ký.' })
  async AuditEntry(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const entry = await ctx.loaders.one(AuditEntry, { id: Number(id) });
    if (!entry) throw notFound('id', 'mục nhật ký', id);
    return entry;
  }

  @Query(() => [AuditEntry], { description: 'Nhật ký thao tác, mới nhất trước khi sắp xếp giảm dần theo "at".' })
  allAuditEntries(@Args() args: ListArgs, @Arg('filter', () => AuditEntryFilter, { nullable: true }) filter: AuditEntryFilter | undefined, @Ctx() ctx: Context) {
    return list(ctx, auditList, args, filter);
  }

  @Query(() => ListMetadata)
  _allAuditEntriesMeta(@Args() _args: ListArgs, @Arg('filter', () => AuditEntryFilter, { nullable: true }) filter: AuditEntryFilter | undefined, @Ctx() ctx: Context) {
    return count(ctx, auditList, filter);
  }

  @FieldResolver(() => Date, { nullable: true, description: 'Thời điểm thao tác.' })
  at(@Root() entry: AuditEntry) {
    return entry.createdAt;
  }
}
