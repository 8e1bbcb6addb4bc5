import { Entity, ManyToOne, type Opt, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { VersionedEntity } from '../../common/versioned.entity';
import { AdministrativeUnit } from '../unit/unit.entity';

/** A reporting tool's key: it reads budget lines, budget summaries and report spending of its unit's scope. */
@ObjectType('ApiClient', { description: 'Khóa truy cập của công cụ báo cáo, gắn với một đơn vị.' })
@Entity({ tableName: 'api_client' })
export class ApiClient extends VersionedEntity {
  @Field(() => String, { nullable: true })
  @Property({ type: 'text' })
  name!: string;

  @ManyToOne({ entity: () => AdministrativeUnit, index: true })
  administrativeUnit!: AdministrativeUnit;

  /** SHA-256 of the secret: the secret has 256 random bits, so a slow hash would only cost every request. */
  @Property({ type: 'text', hidden: true, unique: true })
  secretHash!: string;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  lastUsedAt?: Date | null;

  @Field(() => Boolean, { nullable: true })
  @Property({ type: 'boolean', default: false })
  disabled: Opt<boolean> = false;

  /** Set only on the object createApiClient returns: the one time the secret is shown. */
  @Field(() => String, { nullable: true, description: 'Khóa bí mật; chỉ hiện một lần khi tạo.' })
  secret?: string;
}
