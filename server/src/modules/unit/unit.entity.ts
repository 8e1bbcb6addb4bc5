import { Entity, Enum, Index, ManyToOne, type Opt, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { VersionedEntity } from '../../common/versioned.entity';
import { UnitKind, UnitLevel } from '../../common/enums';

/**
 * An administrative unit (đơn vị hành chính). `path` is the chain of ancestor ids ('/1/5/23/'), so
 * "this unit and everything below it" is one indexed prefix match instead of a recursive query.
 */
@ObjectType('AdministrativeUnit', { description: 'Đơn vị hành chính: Trung ương, tỉnh, huyện, xã.' })
@Entity({ tableName: 'administrative_unit' })
export class AdministrativeUnit extends VersionedEntity {
  @Field(() => String, { description: 'Mã đơn vị hành chính (Tổng cục Thống kê); "VN" cho Trung ương.' })
  @Property({ type: 'text', unique: true })
  code!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  fullName!: string;

  @Field(() => UnitKind)
  @Enum({ items: () => UnitKind, nativeEnumName: 'unit_kind' })
  kind!: UnitKind;

  @Field(() => UnitLevel)
  @Enum({ items: () => UnitLevel, nativeEnumName: 'unit_level' })
  level!: UnitLevel;

  @ManyToOne({ entity: () => AdministrativeUnit, nullable: true })
  parent?: AdministrativeUnit;

  @Index({
    name: 'administrative_unit_path_idx',
    expression: 'create index administrative_unit_path_idx on administrative_unit (path text_pattern_ops)',
  })
  @Property({ type: 'text' })
  path: Opt<string> = '/';

  @Field(() => String, { nullable: true })
  @Property({ type: 'date', nullable: true })
  validFrom?: string;

  @Field(() => String, { nullable: true, description: 'Ngày cuối cùng đơn vị tồn tại (ví dụ 2025-06-30 khi bỏ cấp huyện).' })
  @Property({ type: 'date', nullable: true })
  validTo?: string;

  @ManyToOne({ entity: () => AdministrativeUnit, nullable: true })
  successor?: AdministrativeUnit;
}
