import { Embeddable, Enum, type Opt, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { FactSource } from '../../common/enums';

@ObjectType('Period', { description: 'Một khoảng thời gian liền.' })
export class Period {
  @Field(() => String) startDate!: string;
  @Field(() => String) endDate!: string;
}

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

  /** "Quý II và IV/2022" is two periods, not April to December: a filter for the third quarter must not match it. */
  @Field(() => [Period], { description: 'Các khoảng thời gian thực hiện (một lịch có thể gồm nhiều khoảng rời nhau).' })
  @Property({ type: 'json', nullable: true })
  periods: Opt<Period[]> = [];

  @Field(() => FactSource, { description: 'Thời gian in trong văn bản hay do người nhập suy ra.' })
  @Enum({ items: () => FactSource, nativeEnumName: 'fact_source', default: FactSource.PRINTED })
  source: Opt<FactSource> = FactSource.PRINTED;
}
