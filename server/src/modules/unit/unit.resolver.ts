import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { whereText } from '../../common/search';
import { UnitKind, UnitLevel } from '../../common/enums';
import { notFound } from '../../common/errors';
import { count, list, ListArgs, ListMetadata, type ListSpec } from '../../common/list';
import { inUnitSubtree } from './unit-subtree';
import { AdministrativeUnit } from './unit.entity';

@InputType('AdministrativeUnitFilter')
export class AdministrativeUnitFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true, description: 'Tìm theo tên hoặc mã.' }) q?: string;
  @Field(() => UnitLevel, { nullable: true }) level?: UnitLevel;
  @Field(() => UnitKind, { nullable: true }) kind?: UnitKind;
  @Field(() => ID, { nullable: true, description: 'Đơn vị cấp trên trực tiếp.' }) parentId?: string;
  @Field(() => ID, { nullable: true, description: 'Đơn vị này và mọi đơn vị trực thuộc.' }) withinUnitId?: string;
  @Field(() => String, { nullable: true }) code?: string;
  @Field(() => String, { nullable: true, description: 'Chỉ các đơn vị còn hiệu lực vào ngày này (YYYY-MM-DD).' }) validOn?: string;
}

export const unitList: ListSpec<AdministrativeUnit, AdministrativeUnitFilter> = {
  entity: AdministrativeUnit,
  sortable: { id: 'e.id', code: 'e.code', name: 'e.name', level: 'e.level', fullName: 'e.full_name' },
  defaultSort: 'code',
  applyFilter: (qb, f) => {
    if (f.ids) qb.andWhere({ id: { $in: f.ids.map(Number) } });
    whereText(qb, f.q, 'e.code = ?', [f.q?.trim()]);
    if (f.level) qb.andWhere({ level: f.level });
    if (f.kind) qb.andWhere({ kind: f.kind });
    if (f.parentId) qb.andWhere({ parent: Number(f.parentId) });
    if (f.withinUnitId) qb.andWhere(inUnitSubtree('e.id'), [Number(f.withinUnitId)]);
    if (f.code) qb.andWhere({ code: f.code });
    if (f.validOn) qb.andWhere('(e.valid_from is null or e.valid_from <= ?) and (e.valid_to is null or e.valid_to >= ?)', [f.validOn, f.validOn]);
  },
};

@Resolver(() => AdministrativeUnit)
export class AdministrativeUnitResolver {
  @Query(() => AdministrativeUnit, { nullable: true, description: 'Một đơn vị hành chính.' })
  async AdministrativeUnit(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const unit = await ctx.loaders.one(AdministrativeUnit, { id: Number(id) });
    if (!unit) throw notFound('id', 'đơn vị hành chính', id);
    return unit;
  }

  @Query(() => [AdministrativeUnit])
  allAdministrativeUnits(@Args() args: ListArgs, @Arg('filter', () => AdministrativeUnitFilter, { nullable: true }) filter: AdministrativeUnitFilter | undefined, @Ctx() ctx: Context) {
    return list(ctx, unitList, args, filter);
  }

  @Query(() => ListMetadata)
  _allAdministrativeUnitsMeta(@Args() _args: ListArgs, @Arg('filter', () => AdministrativeUnitFilter, { nullable: true }) filter: AdministrativeUnitFilter | undefined, @Ctx() ctx: Context) {
    return count(ctx, unitList, filter);
  }

  @FieldResolver(() => ID, { nullable: true })
  parentId(@Root() unit: AdministrativeUnit) {
    return unit.parent?.id;
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true })
  parent(@Root() unit: AdministrativeUnit, @Ctx() ctx: Context) {
    return ctx.loaders.one(AdministrativeUnit, unit.parent);
  }

  @FieldResolver(() => [AdministrativeUnit])
  children(@Root() unit: AdministrativeUnit, @Ctx() ctx: Context) {
    return ctx.loaders.many(AdministrativeUnit, 'parent', unit, { code: 'asc' });
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true, description: 'Đơn vị kế thừa sau khi đơn vị này chấm dứt.' })
  successor(@Root() unit: AdministrativeUnit, @Ctx() ctx: Context) {
    return ctx.loaders.one(AdministrativeUnit, unit.successor);
  }

  @FieldResolver(() => [AdministrativeUnit], { description: 'Các đơn vị mà đơn vị này kế thừa.' })
  predecessors(@Root() unit: AdministrativeUnit, @Ctx() ctx: Context) {
    return ctx.loaders.many(AdministrativeUnit, 'successor', unit, { code: 'asc' });
  }
}
