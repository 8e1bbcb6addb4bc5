import { ArgsType, Field, ID } from 'type-graphql';
import { UnitKind, UnitLevel } from '../../common/enums';
import { badInput, conflict } from '../../common/errors';
import { assignDefined, optionalRef } from '../../common/refs';
import { DateScalar } from '../../common/scalars';
import type { Write } from '../../kernel/data/write';
import { REBUILD_UNIT_PATHS } from './unit-subtree';
import { AdministrativeUnit } from './unit.entity';

@ArgsType()
export class UnitFields {
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

/** Creates or updates a unit; every unit's ancestor path is rebuilt in the same transaction. */
export async function saveUnit(
  { em }: Write,
  unit: AdministrativeUnit,
  { parentId, successorId, ...fields }: UnitFields,
): Promise<AdministrativeUnit> {
  if (fields.validFrom && fields.validTo && fields.validTo < fields.validFrom)
    throw badInput('validTo', 'Ngày hết hiệu lực không được trước ngày bắt đầu hiệu lực.');
  if (fields.code && fields.code !== unit.code && (await em.count(AdministrativeUnit, { code: fields.code }))) {
    throw conflict('code', `Mã đơn vị "${fields.code}" đã tồn tại.`);
  }
  assignDefined(unit, fields as Partial<AdministrativeUnit>);
  if (parentId !== undefined) unit.parent = await optionalRef(em, AdministrativeUnit, parentId, 'parentId', 'đơn vị cấp trên');
  if (successorId !== undefined) unit.successor = await optionalRef(em, AdministrativeUnit, successorId, 'successorId', 'đơn vị kế thừa');
  if (unit.parent && unit.id && unit.parent.path.includes(`/${unit.id}/`))
    throw badInput('parentId', 'Đơn vị cấp trên không được là chính nó hoặc đơn vị trực thuộc nó.');
  em.persist(unit);
  await em.flush();
  await em.execute(REBUILD_UNIT_PATHS);
  await em.refresh(unit);
  return unit;
}

/** A unit still referenced by units, agencies, plans, reports or users stays. */
export async function unitUnused({ em }: Write, unit: AdministrativeUnit): Promise<void> {
  const used = await em.execute(
    `select exists(select 1 from administrative_unit where parent_id = ? or successor_id = ?) or exists(select 1 from agency where administrative_unit_id = ?)
      or exists(select 1 from plan where administrative_unit_id = ?) or exists(select 1 from report where administrative_unit_id = ?)
      or exists(select 1 from app_user where administrative_unit_id = ?) as used`,
    Array(6).fill(unit.id),
  );
  if (used[0].used)
    throw conflict('id', 'Đơn vị đang được dùng (có đơn vị trực thuộc, cơ quan, kế hoạch, báo cáo hoặc người dùng); không xóa được.');
}
