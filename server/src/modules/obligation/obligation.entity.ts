import { Entity, Enum, Index, ManyToOne, type Opt, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Agency } from '../agency/agency.entity';
import { ReportingRequirement } from '../plan/plan-parts.entity';
import { Plan } from '../plan/plan.entity';
import { AdministrativeUnit } from '../unit/unit.entity';

/** What has happened to an obligation; being past due is read off the dates, never stored. */
export enum ObligationState {
  OPEN = 'OPEN',
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  RETURNED = 'RETURNED',
}

/** The state as of today: OVERDUE while nothing is submitted after the due day, LATE when submitted after it. */
export enum ObligationStatus {
  OPEN = 'OPEN',
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  RETURNED = 'RETURNED',
  OVERDUE = 'OVERDUE',
  LATE = 'LATE',
}
registerEnumType(ObligationStatus, {
  name: 'ObligationStatus',
  description: 'Trạng thái nghĩa vụ báo cáo: chưa nộp, đã nộp, đã chấp nhận, bị trả lại, quá hạn (chưa nộp), nộp muộn.',
});

/**
 * One report one unit owes for one period of an issued plan, by one due day (Vietnam time).
 * Derived from the plan's reporting requirements when the plan is issued.
 */
@ObjectType('ReportingObligation', { description: 'Nghĩa vụ báo cáo: ai báo cáo, gửi ai, kỳ nào, hạn nào.' })
@Entity({ tableName: 'reporting_obligation' })
@Index({ properties: ['administrativeUnit', 'dueDate'] })
export class ReportingObligation extends BaseEntity {
  @ManyToOne({ entity: () => Plan, index: true, deleteRule: 'cascade' })
  plan!: Plan;

  @ManyToOne({ entity: () => ReportingRequirement, nullable: true, deleteRule: 'set null' })
  requirement?: ReportingRequirement | null;

  /** The unit that owes the report. */
  @ManyToOne({ entity: () => AdministrativeUnit })
  administrativeUnit!: AdministrativeUnit;

  @ManyToOne({ entity: () => Agency, nullable: true })
  reporterAgency?: Agency | null;

  /** The unit the report goes to: the plan's unit. */
  @ManyToOne({ entity: () => AdministrativeUnit })
  recipientUnit!: AdministrativeUnit;

  @Field(() => String, { nullable: true, description: 'Nơi nhận báo cáo như in.' })
  @Property({ type: 'text' })
  reportTo!: string;

  @ManyToOne({ entity: () => Agency, nullable: true })
  reportToAgency?: Agency | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'date' })
  periodStart!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'date' })
  periodEnd!: string;

  @Field(() => String, { nullable: true, description: 'Hạn nộp: hết ngày này theo giờ Việt Nam.' })
  @Property({ type: 'date' })
  dueDate!: string;

  @Field(() => String, { nullable: true, description: 'Hạn như in, hoặc ghi rõ là hạn mặc định của kế hoạch.' })
  @Property({ type: 'text' })
  dueLabel!: string;

  @Field(() => Boolean, { nullable: true, description: 'Văn bản không ghi ngày; hạn lấy theo mặc định của kế hoạch.' })
  @Property({ type: 'boolean', default: false })
  defaultDue: Opt<boolean> = false;

  @Enum({ items: () => ObligationState, nativeEnumName: 'obligation_state', default: ObligationState.OPEN })
  state: Opt<ObligationState> = ObligationState.OPEN;

  @Field(() => String, { nullable: true, description: 'Ngày nộp (giờ Việt Nam).' })
  @Property({ type: 'date', nullable: true })
  submittedOn?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'date', nullable: true })
  acceptedOn?: string | null;
}
