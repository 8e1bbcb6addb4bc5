import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { VersionedEntity } from '../../common/versioned.entity';
import { AgencyKind } from '../../common/enums';
import { AdministrativeUnit } from '../unit/unit.entity';

/** An agency (cơ quan, đơn vị) of one administrative unit: UBND, Sở, Phòng, Báo, Đài… */
@ObjectType('Agency', { description: 'Cơ quan, đơn vị.' })
@Entity({ tableName: 'agency' })
export class Agency extends VersionedEntity {
  @Field(() => String, { nullable: true, description: 'Khóa ổn định dùng khi nạp dữ liệu (ví dụ "quangtri.stttt").' })
  @Property({ type: 'text', nullable: true, unique: true })
  key?: string;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  shortName?: string;

  @Field(() => AgencyKind)
  @Enum({ items: () => AgencyKind, nativeEnumName: 'agency_kind' })
  kind!: AgencyKind;

  @ManyToOne({ entity: () => AdministrativeUnit, index: true })
  administrativeUnit!: AdministrativeUnit;

  @ManyToOne({ entity: () => Agency, nullable: true })
  parent?: Agency;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  contactEmail?: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  contactPhone?: string;
}
