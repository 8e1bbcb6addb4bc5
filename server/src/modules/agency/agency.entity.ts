import { Entity, Enum, ManyToOne, type Opt, Property } from '@mikro-orm/core';
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

  /** Issuer abbreviation in number-symbols (`UBND` in `66/KH-UBND`); by kind when absent. */
  @Field(() => String, { nullable: true, description: 'Chữ viết tắt tên cơ quan trong số ký hiệu văn bản (ví dụ "UBND").' })
  @Property({ type: 'text', nullable: true })
  documentCode?: string | null;

  /** Decree 30 lets an office number all its documents in one series or each kind in its own. */
  @Field(() => Boolean, { nullable: true, description: 'Mỗi loại văn bản một dãy số riêng (mặc định: mọi loại dùng chung một dãy).' })
  @Property({ type: 'boolean', default: false })
  registerPerKind: Opt<boolean> = false;
}
