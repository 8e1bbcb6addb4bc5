import { Arg, Args, ArgsType, Ctx, Field, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { UnitKind, UnitLevel } from '../../common/enums';
import { badInput, conflict, requireFields } from '../../common/errors';
import { assignDefined, optionalRef, requireRef } from '../../common/refs';
import { DateScalar } from '../../common/scalars';
import { REBUILD_UNIT_PATHS } from './unit-subtree';
import { AdministrativeUnit } from './unit.entity';

@ArgsType()
class UnitFields {
  @Field(() => String, { nullable: true }) code?: string;
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) fullName?: string;
  @Field(() => UnitKind, { nullable: true }) kind?: UnitKind;
  @Field(() => UnitLevel, { nullable: true }) level?: UnitLevel;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field(() => DateScalar, { nullable: true }) validFrom?: string | null;
  @Field(() => DateScalar, { nullable: true }) validTo?: string | null;
  @Field(() => ID, { nullable: true }) successorId?: string | null;
}

@ArgsType()
class UpdateUnitArgs extends UnitFields {
  @Field(() => ID) id!: string;
}

const required = ['code', 'name', 'fullName', 'kind', 'level'] as const;

@Resolver(() => AdministrativeUnit)
export class AdministrativeUnitMutations {
  @Mutation(() => AdministrativeUnit)
  createAdministrativeUnit(@Args() args: UnitFields, @Ctx() ctx: Context) {
    requireFields(args, required);
    return this.save(ctx, new AdministrativeUnit(), args);
  }

  @Mutation(() => AdministrativeUnit)
  async updateAdministrativeUnit(@Args() { id, ...args }: UpdateUnitArgs, @Ctx() ctx: Context) {
    return this.save(ctx, await requireRef(ctx.em, AdministrativeUnit, id, 'id', 'đơn vị hành chính'), args);
  }

  @Mutation(() => AdministrativeUnit)
  async deleteAdministrativeUnit(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const unit = await requireRef(ctx.em, AdministrativeUnit, id, 'id', 'đơn vị hành chính');
    const used = await ctx.em.execute(
      `select exists(select 1 from administrative_unit where parent_id = ? or successor_id = ?) or exists(select 1 from agency where administrative_unit_id = ?)
        or exists(select 1 from plan where administrative_unit_id = ?) or exists(select 1 from report where administrative_unit_id = ?)
        or exists(select 1 from app_user where administrative_unit_id = ?) as used`, Array(6).fill(unit.id));
    if (used[0].used) throw conflict('id', 'Đơn vị đang được dùng (có đơn vị trực thuộc, cơ quan, kế hoạch, báo cáo hoặc người dùng); không xóa được.');
    const snapshot = { ...unit };
    await ctx.em.removeAndFlush(unit);
    return snapshot;
  }

  private async save(ctx: Context, unit: AdministrativeUnit, args: UnitFields) {
    const { parentId, successorId, ...fields } = args;
    if (fields.validFrom && fields.validTo && fields.validTo < fields.validFrom) throw badInput('validTo', 'Ngày hết hiệu lực không được trước ngày bắt đầu hiệu lực.');
    return ctx.em.transactional(async (em) => {
      if (fields.code && fields.code !== unit.code && (await em.count(AdministrativeUnit, { code: fields.code }))) {
        throw conflict('code', `Mã đơn vị "${fields.code}" đã tồn tại.`);
      }
      assignDefined(unit, fields as Partial<AdministrativeUnit>);
      if (parentId !== undefined) unit.parent = await optionalRef(em, AdministrativeUnit, parentId, 'parentId', 'đơn vị cấp trên');
      if (successorId !== undefined) unit.successor = await optionalRef(em, AdministrativeUnit, successorId, 'successorId', 'đơn vị kế thừa');
      if (unit.parent && unit.id && unit.parent.path.includes(`/${unit.id}/`)) throw badInput('parentId', 'Đơn vị cấp trên không được là chính nó hoặc đơn vị trực thuộc nó.');
      em.persist(unit);
      await em.flush();
      await em.execute(REBUILD_UNIT_PATHS);
      await em.refresh(unit);
      return unit;
    });
  }
}
