import { type Opt, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from './base.entity';

/**
 * A row clients edit. `version` grows by one with every saved change (of the row or of the lists it carries);
 * `updateX` and `deleteX` take the version the client read and refuse a stale one with CONFLICT, so two
 * officials editing the same plan cannot silently overwrite each other.
 */
@ObjectType({ description: 'A row edited by clients; never exposed on its own.' })
export abstract class VersionedEntity extends BaseEntity {
  @Field(() => Int, { nullable: true, description: 'Phiên bản; gửi lại khi sửa hoặc xóa để không ghi đè thay đổi của người khác.' })
  @Property({ version: true, type: 'integer', default: 1 })
  version: Opt<number> = 1;
}
