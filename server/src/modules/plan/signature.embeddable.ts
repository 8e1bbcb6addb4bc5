import { Embeddable, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

/** The signature block (TM. / KT. / Q.): kept as printed because the authority lines carry legal meaning. */
@ObjectType('Signature', { description: 'Người ký: thẩm quyền ký, chức vụ, họ tên.' })
@Embeddable()
export class Signature {
  @Field(() => String, { nullable: true, description: 'Ví dụ "TM. ỦY BAN NHÂN DÂN\\nKT. CHỦ TỊCH".' })
  @Property({ type: 'text', nullable: true })
  authority?: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  position?: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  signerName?: string;
}
