import { Embeddable, type Opt, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

/** A time frame as printed ("Quý II và IV/2022") plus its machine form, so both reading and filtering work. */
@ObjectType('Schedule', { description: 'Thời gian thực hiện: nhãn như in và dạng máy đọc.' })
@Embeddable()
export class Schedule {
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  label?: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'date', nullable: true })
  startDate?: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'date', nullable: true })
  endDate?: string;

  @Field(() => [Int])
  @Property({ type: 'json', nullable: true })
  quarters: Opt<number[]> = [];

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  continuous: Opt<boolean> = false;
}
