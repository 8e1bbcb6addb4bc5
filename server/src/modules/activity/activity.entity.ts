import { Embedded, Entity, Enum, Index, ManyToOne, type Opt, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { VersionedEntity } from '../../common/versioned.entity';
import { ActivityCategory, ActivityStatus, FactSource, ParticipantRole } from '../../common/enums';
import { Agency } from '../agency/agency.entity';
import { LegalDocument } from '../legal-document/legal-document.entity';
import { Plan } from '../plan/plan.entity';
import { Schedule } from './schedule.embeddable';

/** One task of a plan (nội dung / nhiệm vụ); nests by `parent` (7 → 7.a, 7.b) and keeps document order in `position`. */
@ObjectType('Activity', { description: 'Nội dung, nhiệm vụ của kế hoạch.' })
@Entity({ tableName: 'activity' })
@Index({ properties: ['plan', 'position'] })
export class Activity extends VersionedEntity {
  @ManyToOne({ entity: () => Plan, deleteRule: 'cascade' })
  plan!: Plan;

  @ManyToOne({ entity: () => Activity, nullable: true, index: true, deleteRule: 'cascade' })
  parent?: Activity;

  @Field(() => String, { description: 'Số thứ tự như trong văn bản: "7", "7.a".' })
  @Property({ type: 'text' })
  label!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  position: Opt<number> = 0;

  @Field(() => String)
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string;

  @Field(() => ActivityCategory)
  @Enum({ items: () => ActivityCategory, nativeEnumName: 'activity_category' })
  category: Opt<ActivityCategory> = ActivityCategory.OTHER;

  @Field(() => Schedule)
  @Embedded({ entity: () => Schedule, prefix: 'schedule_' })
  schedule: Opt<Schedule> = new Schedule();

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  location?: string;

  @Field(() => ActivityStatus)
  @Enum({ items: () => ActivityStatus, nativeEnumName: 'activity_status', default: ActivityStatus.PLANNED })
  status: Opt<ActivityStatus> = ActivityStatus.PLANNED;

  @Field(() => Int, { description: 'Tiến độ, phần trăm 0–100.' })
  @Property({ type: 'integer', default: 0 })
  progress: Opt<number> = 0;

  @Field(() => Boolean, { description: 'Mật: chỉ người trong phạm vi đơn vị được xem.' })
  @Property({ type: 'boolean', default: false })
  confidential: Opt<boolean> = false;
}

@ObjectType('ActivityParticipant', { description: 'Cơ quan chủ trì, phối hợp, tham mưu hoặc thực hiện.' })
@Entity({ tableName: 'activity_participant' })
export class ActivityParticipant extends BaseEntity {
  @ManyToOne({ entity: () => Activity, index: true, deleteRule: 'cascade' })
  activity!: Activity;

  @ManyToOne({ entity: () => Agency, index: true })
  agency!: Agency;

  @Field(() => ParticipantRole)
  @Enum({ items: () => ParticipantRole, nativeEnumName: 'participant_role' })
  role!: ParticipantRole;

  @Field(() => FactSource, {
    description: 'PRINTED khi văn bản ghi vai trò này ở chính nội dung; INFERRED khi người nhập suy ra (ví dụ từ phần tổ chức thực hiện).',
  })
  @Enum({ items: () => FactSource, nativeEnumName: 'fact_source', default: FactSource.PRINTED })
  source: Opt<FactSource> = FactSource.PRINTED;

  @Field(() => String, { nullable: true, description: 'Phần việc cơ quan này đảm nhận, khi văn bản tách riêng.' })
  @Property({ type: 'text', nullable: true })
  note?: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  position: Opt<number> = 0;
}

/** A legal document named in an activity's text. */
@Entity({ tableName: 'activity_citation' })
export class ActivityCitation extends BaseEntity {
  @ManyToOne({ entity: () => Activity, index: true, deleteRule: 'cascade' })
  activity!: Activity;

  @ManyToOne({ entity: () => LegalDocument, index: true })
  document!: LegalDocument;
}
