import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { whereText } from '../../common/search';
import { AgencyKind } from '../../common/enums';
import { badInput, conflict, notFound, requireFields } from '../../common/errors';
import { count, list, ListArgs, ListMetadata, type ListSpec } from '../../common/list';
import { assignDefined, optionalRef, requireRef } from '../../common/refs';
import { inUnitSubtree } from '../unit/unit-subtree';
import { AdministrativeUnit } from '../unit/unit.entity';
import { Agency } from './agency.entity';

@InputType('AgencyFilter')
export class AgencyFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true, description: 'Tìm theo tên hoặc tên viết tắt.' }) q?: string;
  @Field(() => ID, { nullable: true, description: 'Cơ quan của đơn vị này và các đơn vị trực thuộc.' }) administrativeUnitId?: string;
  @Field(() => AgencyKind, { nullable: true }) kind?: AgencyKind;
  @Field(() => ID, { nullable: true }) parentId?: string;
}

const agencyList: ListSpec<Agency, AgencyFilter> = {
  entity: Agency,
  sortable: { id: 'e.id', name: 'e.name', kind: 'e.kind' },
  defaultSort: 'name',
  applyFilter: (qb, f) => {
    if (f.ids) qb.andWhere({ id: { $in: f.ids.map(Number) } });
    whereText(qb, f.q);
    if (f.administrativeUnitId) qb.andWhere(inUnitSubtree('e.administrative_unit_id'), [Number(f.administrativeUnitId)]);
    if (f.kind) qb.andWhere({ kind: f.kind });
    if (f.parentId) qb.andWhere({ parent: Number(f.parentId) });
  },
};

@ArgsType()
class AgencyFields {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) shortName?: string | null;
  @Field(() => AgencyKind, { nullable: true }) kind?: AgencyKind;
  @Field(() => ID, { nullable: true }) administrativeUnitId?: string;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field(() => String, { nullable: true }) contactEmail?: string | null;
  @Field(() => String, { nullable: true }) contactPhone?: string | null;
  @Field(() => String, { nullable: true, description: 'Chữ viết tắt trong số ký hiệu (ví dụ "UBND").' }) documentCode?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Mỗi loại văn bản một dãy số riêng.' }) registerPerKind?: boolean;
}

@ArgsType()
class UpdateAgencyArgs extends AgencyFields {
  @Field(() => ID) id!: string;
}

@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => Agency, { nullable: true, description: 'Một cơ quan.' })
  async Agency(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const agency = await ctx.loaders.one(Agency, { id: Number(id) });
    if (!agency) throw notFound('id', 'cơ quan', id);
    return agency;
  }

  @Query(() => [Agency])
  allAgencies(@Args() args: ListArgs, @Arg('filter', () => AgencyFilter, { nullable: true }) filter: AgencyFilter | undefined, @Ctx() ctx: Context) {
    return list(ctx, agencyList, args, filter);
  }

  @Query(() => ListMetadata)
  _allAgenciesMeta(@Args() _args: ListArgs, @Arg('filter', () => AgencyFilter, { nullable: true }) filter: AgencyFilter | undefined, @Ctx() ctx: Context) {
    return count(ctx, agencyList, filter);
  }

  @Mutation(() => Agency)
  createAgency(@Args() args: AgencyFields, @Ctx() ctx: Context) {
    requireFields(args, ['name', 'kind', 'administrativeUnitId']);
    return this.save(ctx, new Agency(), args);
  }

  @Mutation(() => Agency)
  async updateAgency(@Args() { id, ...args }: UpdateAgencyArgs, @Ctx() ctx: Context) {
    return this.save(ctx, await requireRef(ctx.em, Agency, id, 'id', 'cơ quan'), args);
  }

  @Mutation(() => Agency)
  async deleteAgency(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const agency = await requireRef(ctx.em, Agency, id, 'id', 'cơ quan');
    const [{ used }] = await ctx.em.execute(
      `select exists(select 1 from activity_participant where agency_id = ?) or exists(select 1 from plan where issuing_agency_id = ?)
        or exists(select 1 from responsibility where agency_id = ?) or exists(select 1 from report where issuing_agency_id = ?)
        or exists(select 1 from agency where parent_id = ?) as used`, Array(5).fill(agency.id));
    if (used) throw conflict('id', 'Cơ quan đang được dùng trong kế hoạch, báo cáo hoặc là cơ quan cấp trên; không xóa được.');
    const snapshot = { ...agency };
    await ctx.em.removeAndFlush(agency);
    return snapshot;
  }

  private async save(ctx: Context, agency: Agency, { administrativeUnitId, parentId, ...fields }: AgencyFields) {
    if (fields.contactEmail && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(fields.contactEmail)) throw badInput('contactEmail', 'Địa chỉ thư điện tử không hợp lệ.');
    assignDefined(agency, fields as Partial<Agency>);
    if (administrativeUnitId) agency.administrativeUnit = await requireRef(ctx.em, AdministrativeUnit, administrativeUnitId, 'administrativeUnitId', 'đơn vị hành chính');
    if (parentId !== undefined) agency.parent = await optionalRef(ctx.em, Agency, parentId, 'parentId', 'cơ quan cấp trên');
    if (agency.parent && agency.id && agency.parent.id === agency.id) throw badInput('parentId', 'Cơ quan không thể là cấp trên của chính nó.');
    await ctx.em.persistAndFlush(agency);
    return agency;
  }

  @FieldResolver(() => ID)
  administrativeUnitId(@Root() agency: Agency) {
    return agency.administrativeUnit.id;
  }

  @FieldResolver(() => AdministrativeUnit)
  administrativeUnit(@Root() agency: Agency, @Ctx() ctx: Context) {
    return ctx.loaders.one(AdministrativeUnit, agency.administrativeUnit);
  }

  @FieldResolver(() => ID, { nullable: true })
  parentId(@Root() agency: Agency) {
    return agency.parent?.id;
  }

  @FieldResolver(() => Agency, { nullable: true })
  parent(@Root() agency: Agency, @Ctx() ctx: Context) {
    return ctx.loaders.one(Agency, agency.parent);
  }
}
