import { BigIntType, Embedded, Entity, Enum, ManyToOne, type Opt, Property } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { VersionedEntity } from '../../common/versioned.entity';
import { ReportKind, ReportStatus } from '../../common/enums';
import { MoneyScalar } from '../../common/scalars';
import { Agency } from '../agency/agency.entity';
import { LegalDocument } from '../legal-document/legal-document.entity';
import { ReportingObligation } from '../obligation/obligation.entity';
import { Signature } from '../plan/signature.embeddable';
import { AdministrativeUnit } from '../unit/unit.entity';

@ObjectType('ReportSection', { description: 'Một mục của báo cáo; các mục con (1, 2, a, b) nằm trong mục lớn (I, II).' })
export class ReportSection {
  @Field(() => String, { nullable: true, description: 'Số mục như in: "I", "1", "a".' })
  label?: string;

  @Field(() => String, { nullable: true })
  heading!: string;

  @Field(() => String, { nullable: true })
  body!: string;

  @Field(() => [ReportSection], { nullable: true })
  children?: ReportSection[];
}

@ObjectType('ReportMetric', { description: 'Số liệu, ví dụ "Đoàn phóng viên nước ngoài đến làm việc: 0 đoàn".' })
export class ReportMetric {
  @Field(() => String, { nullable: true })
  name!: string;

  @Field(() => Float, { nullable: true })
  value!: number;

  @Field(() => String, { nullable: true })
  unit!: string;
}

/** A report (báo cáo) on what a unit did and spent; its budget lines carry the spending figures. */
@ObjectType('Report', { description: 'Báo cáo kết quả công tác thông tin đối ngoại.' })
@Entity({ tableName: 'report' })
export class Report extends VersionedEntity {
  @Field(() => String, { nullable: true })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  symbol?: string;

  @Field(() => ReportKind, { nullable: true })
  @Enum({ items: () => ReportKind, nativeEnumName: 'report_kind' })
  kind!: ReportKind;

  @Field(() => ReportStatus, { nullable: true })
  @Enum({ items: () => ReportStatus, nativeEnumName: 'report_status', default: ReportStatus.DRAFT })
  status: Opt<ReportStatus> = ReportStatus.DRAFT;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  dateLabel?: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'date', nullable: true })
  issuedOn?: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'date' })
  periodStart!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'date' })
  periodEnd!: string;

  @ManyToOne({ entity: () => AdministrativeUnit, index: true })
  administrativeUnit!: AdministrativeUnit;

  @ManyToOne({ entity: () => Agency })
  issuingAgency!: Agency;

  @ManyToOne({ entity: () => LegalDocument, nullable: true, index: true })
  respondsTo?: LegalDocument;

  /** The reporting obligation this report fulfils; submitting and accepting the report moves it. */
  @ManyToOne({ entity: () => ReportingObligation, nullable: true, index: true, deleteRule: 'set null' })
  obligation?: ReportingObligation | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  preamble?: string;

  @Field(() => [ReportSection], { nullable: true })
  @Property({ type: 'json' })
  sections: Opt<ReportSection[]> = [];

  @Field(() => [ReportMetric], { nullable: true })
  @Property({ type: 'json' })
  metrics: Opt<ReportMetric[]> = [];

  @Field(() => MoneyScalar, { nullable: true, description: 'Tổng kinh phí đã bố trí/chi như báo cáo nêu.' })
  @Property({ type: new BigIntType('string'), nullable: true })
  spending?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Tổng kinh phí được bố trí như báo cáo nêu (khác với số đã chi).' })
  @Property({ type: new BigIntType('string'), nullable: true })
  allocated?: string | null;

  @Field(() => Boolean, { description: 'Dữ liệu minh họa; không tính vào số liệu tổng hợp trừ khi bộ lọc yêu cầu.' })
  @Property({ type: 'boolean', default: false })
  demo: Opt<boolean> = false;

  @Field(() => [String], { nullable: true })
  @Property({ type: 'json' })
  nextTasks: Opt<string[]> = [];

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  recommendations?: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  closing?: string;

  @Field(() => Signature, { nullable: true })
  @Embedded({ entity: () => Signature, prefix: 'signature_' })
  signature: Opt<Signature> = new Signature();
}
