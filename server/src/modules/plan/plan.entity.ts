import { Embedded, Entity, Enum, Index, ManyToOne, type Opt, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { VersionedEntity } from '../../common/versioned.entity';
import { PlanStatus } from '../../common/enums';
import { Agency } from '../agency/agency.entity';
import { LegalDocument } from '../legal-document/legal-document.entity';
import { AdministrativeUnit } from '../unit/unit.entity';
import { Signature } from './signature.embeddable';

/** A foreign-information work plan (kế hoạch). Relations are resolved by `plan.resolver.ts` through loaders. */
@ObjectType('Plan', { description: 'Kế hoạch công tác thông tin đối ngoại.' })
@Entity({ tableName: 'plan' })
@Index({ properties: ['administrativeUnit', 'startYear'] })
export class Plan extends VersionedEntity {
  @Field(() => String)
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Số, ký hiệu (ví dụ "65/KH-UBND"); trống khi còn là dự thảo.' })
  @Property({ type: 'text', nullable: true })
  symbol?: string;

  @Field(() => String, { nullable: true, description: 'Địa danh ghi ở đầu văn bản.' })
  @Property({ type: 'text', nullable: true })
  place?: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'date', nullable: true })
  issuedOn?: string;

  @Field(() => String, { nullable: true, description: 'Dòng địa danh, ngày tháng như in trên văn bản.' })
  @Property({ type: 'text', nullable: true })
  dateLabel?: string;

  @Field(() => PlanStatus)
  @Enum({ items: () => PlanStatus, nativeEnumName: 'plan_status', default: PlanStatus.DRAFT })
  status: Opt<PlanStatus> = PlanStatus.DRAFT;

  @Field(() => Int)
  @Property({ type: 'integer' })
  startYear!: number;

  @Field(() => Int, { nullable: true, description: 'Trống khi kế hoạch không có năm kết thúc (nhiệm vụ hằng năm).' })
  @Property({ type: 'integer', nullable: true })
  endYear?: number | null;

  @Field(() => Boolean, { description: 'Kế hoạch đang có hiệu lực nhưng bản lưu mất số và ngày ban hành.' })
  @Property({ type: 'boolean', default: false })
  numberUnknown: Opt<boolean> = false;

  @Field(() => Boolean, { description: 'Dữ liệu minh họa; không tính vào số liệu tổng hợp trừ khi bộ lọc yêu cầu.' })
  @Property({ type: 'boolean', default: false })
  demo: Opt<boolean> = false;

  @ManyToOne({ entity: () => AdministrativeUnit })
  administrativeUnit!: AdministrativeUnit;

  @ManyToOne({ entity: () => Agency, index: true })
  issuingAgency!: Agency;

  /** The plan's own entry in the document catalogue, once other texts cite it. */
  @ManyToOne({ entity: () => LegalDocument, nullable: true })
  document?: LegalDocument;

  @ManyToOne({ entity: () => Plan, nullable: true, index: true })
  parentPlan?: Plan;

  @Field(() => String, { nullable: true, description: 'Đoạn mở đầu.' })
  @Property({ type: 'text', nullable: true })
  preamble?: string;

  @Field(() => [String], { description: 'Mục đích, mục tiêu.' })
  @Property({ type: 'json' })
  objectives: Opt<string[]> = [];

  @Field(() => [String], { description: 'Yêu cầu.' })
  @Property({ type: 'json' })
  requirements: Opt<string[]> = [];

  @Field(() => String, { nullable: true, description: 'Mục kinh phí như ghi trong văn bản.' })
  @Property({ type: 'text', nullable: true })
  budgetNote?: string;

  @Field(() => String, { nullable: true, description: 'Đoạn kết ("Trên đây là Kế hoạch…").' })
  @Property({ type: 'text', nullable: true })
  closing?: string;

  @Field(() => String, { nullable: true, description: 'Ghi chú nội bộ.' })
  @Property({ type: 'text', nullable: true })
  internalNote?: string;

  @Field(() => String, { nullable: true, description: 'Ý kiến của người duyệt khi trả lại dự thảo.' })
  @Property({ type: 'text', nullable: true })
  reviewComment?: string | null;

  @Field(() => String, { nullable: true, description: 'Lý do hủy kế hoạch đã ban hành.' })
  @Property({ type: 'text', nullable: true })
  cancelReason?: string | null;

  @Field(() => Int, { nullable: true, description: 'Số lấy từ sổ đăng ký văn bản của cơ quan ban hành khi ban hành.' })
  @Property({ type: 'integer', nullable: true })
  registerNumber?: number | null;

  /** `MM-DD`: the due day of yearly reports whose requirement prints no date. */
  @Field(() => String, {
    nullable: true,
    description: 'Hạn mặc định (MM-DD) cho báo cáo "định kỳ hằng năm" không ghi ngày; trống là 12-15.',
  })
  @Property({ type: 'text', nullable: true })
  defaultReportDue?: string | null;

  @Field(() => Signature, { nullable: true })
  @Embedded({ entity: () => Signature, prefix: 'signature_' })
  signature: Opt<Signature> = new Signature();
}
