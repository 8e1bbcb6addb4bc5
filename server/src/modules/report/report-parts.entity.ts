import { Entity, Enum, ManyToOne, type Opt, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { ResultStatus } from '../../common/enums';
import { Activity } from '../activity/activity.entity';
import { LegalDocument } from '../legal-document/legal-document.entity';
import { Report } from './report.entity';

@ObjectType('ReportResult', { description: 'Kết quả thực hiện một nội dung.' })
@Entity({ tableName: 'report_result' })
export class ReportResult extends BaseEntity {
  @ManyToOne({ entity: () => Report, index: true, deleteRule: 'cascade' })
  report!: Report;

  @ManyToOne({ entity: () => Activity, nullable: true, index: true, deleteRule: 'set null' })
  activity?: Activity;

  @Field(() => String)
  @Property({ type: 'text' })
  heading!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  outcome!: string;

  @Field(() => ResultStatus, { nullable: true, description: 'Trống khi báo cáo không đánh giá.' })
  @Enum({ items: () => ResultStatus, nativeEnumName: 'result_status', nullable: true })
  status?: ResultStatus | null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  position: Opt<number> = 0;
}

/** A document a report is about (subject) or merely cites. */
@Entity({ tableName: 'report_document' })
export class ReportDocument extends BaseEntity {
  @ManyToOne({ entity: () => Report, index: true, deleteRule: 'cascade' })
  report!: Report;

  @ManyToOne({ entity: () => LegalDocument, index: true })
  document!: LegalDocument;

  @Property({ type: 'boolean' })
  subject!: boolean;
}
