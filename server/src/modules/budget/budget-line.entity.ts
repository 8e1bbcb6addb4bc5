import { BigIntType, Entity, Enum, Index, ManyToOne, type Opt, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { VersionedEntity } from '../../common/versioned.entity';
import { BudgetSource } from '../../common/enums';
import { MoneyScalar } from '../../common/scalars';
import { Activity } from '../activity/activity.entity';
import { Agency } from '../agency/agency.entity';
import { Plan } from '../plan/plan.entity';
import { Report } from '../report/report.entity';
import { AdministrativeUnit } from '../unit/unit.entity';

/**
 * A budget line in whole đồng (bigint, read as a string so no amount passes through a float).
 * `administrativeUnit` repeats the owner's unit so scoping and summaries need no join through plan or report.
 */
@ObjectType('BudgetLine', { description: 'Dòng kinh phí: dự toán, được giao, đã chi (đồng).' })
@Entity({ tableName: 'budget_line' })
@Index({ properties: ['administrativeUnit', 'fiscalYear'] })
export class BudgetLine extends VersionedEntity {
  @ManyToOne({ entity: () => Plan, nullable: true, index: true, deleteRule: 'cascade' })
  plan?: Plan;

  @ManyToOne({ entity: () => Activity, nullable: true, index: true, deleteRule: 'set null' })
  activity?: Activity;

  @ManyToOne({ entity: () => Report, nullable: true, index: true, deleteRule: 'cascade' })
  report?: Report;

  @ManyToOne({ entity: () => AdministrativeUnit })
  administrativeUnit!: AdministrativeUnit;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer' })
  fiscalYear!: number;

  @Field(() => BudgetSource, { nullable: true })
  @Enum({ items: () => BudgetSource, nativeEnumName: 'budget_source' })
  source!: BudgetSource;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => MoneyScalar, { nullable: true, description: 'Dự toán.' })
  @Property({ type: new BigIntType('string'), nullable: true })
  plannedAmount?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Được giao.' })
  @Property({ type: new BigIntType('string'), nullable: true })
  allocatedAmount?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Đã chi.' })
  @Property({ type: new BigIntType('string'), nullable: true })
  spentAmount?: string | null;

  /** The agency holding the money, when the text names one. */
  @ManyToOne({ entity: () => Agency, nullable: true })
  holder?: Agency;

  @Field(() => String, { nullable: true, description: 'Số mục của báo cáo mà khoản chi này thuộc về ("I.5").' })
  @Property({ type: 'text', nullable: true })
  section?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Dòng của dữ liệu minh họa; không tính vào số liệu tổng hợp trừ khi bộ lọc yêu cầu.',
  })
  @Property({ type: 'boolean', default: false })
  demo: Opt<boolean> = false;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer' })
  position: Opt<number> = 0;
}
