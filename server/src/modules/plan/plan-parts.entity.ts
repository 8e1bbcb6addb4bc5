import { Collection, Entity, Enum, ManyToMany, ManyToOne, OneToMany, type Opt, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { FactSource, LegalBasisKind, RecipientPurpose } from '../../common/enums';
import { Agency } from '../agency/agency.entity';
import { LegalDocument } from '../legal-document/legal-document.entity';
import { Report } from '../report/report.entity';
import { Plan } from './plan.entity';

/** The parts of a plan that only exist inside it; each keeps its position so the document order survives. */

@ObjectType('PlanLegalBasis', { description: 'Văn bản căn cứ, thực hiện hoặc được dẫn chiếu trong kế hoạch.' })
@Entity({ tableName: 'plan_legal_basis' })
export class PlanLegalBasis extends BaseEntity {
  @ManyToOne({ entity: () => Plan, index: true, deleteRule: 'cascade' })
  plan!: Plan;

  @ManyToOne({ entity: () => LegalDocument, index: true })
  document!: LegalDocument;

  @Field(() => LegalBasisKind)
  @Enum({ items: () => LegalBasisKind, nativeEnumName: 'legal_basis_kind' })
  kind!: LegalBasisKind;

  @Field(() => Int)
  @Property({ type: 'integer' })
  position: Opt<number> = 0;
}

@ObjectType('Responsibility', { description: 'Nhiệm vụ của một cơ quan trong phần tổ chức thực hiện.' })
@Entity({ tableName: 'responsibility' })
export class Responsibility extends BaseEntity {
  @ManyToOne({ entity: () => Plan, index: true, deleteRule: 'cascade' })
  plan!: Plan;

  @ManyToOne({ entity: () => Agency, index: true })
  agency!: Agency;

  /** Further agencies sharing the same duties ("Sở Tài chính, Sở Kế hoạch và Đầu tư"). */
  @ManyToMany({
    entity: () => Agency,
    pivotTable: 'responsibility_agency',
    joinColumn: 'responsibility_id',
    inverseJoinColumn: 'agency_id',
  })
  sharedWith = new Collection<Agency>(this);

  @Field(() => [String])
  @Property({ type: 'json' })
  duties: Opt<string[]> = [];

  @Field(() => FactSource)
  @Enum({ items: () => FactSource, nativeEnumName: 'fact_source', default: FactSource.PRINTED })
  source: Opt<FactSource> = FactSource.PRINTED;

  @Field(() => Int)
  @Property({ type: 'integer' })
  position: Opt<number> = 0;
}

@ObjectType('ReportingRequirement', { description: 'Chế độ báo cáo: ai báo cáo, gửi ai, qua đâu, hạn nào.' })
@Entity({ tableName: 'reporting_requirement' })
export class ReportingRequirement extends BaseEntity {
  @ManyToOne({ entity: () => Plan, index: true, deleteRule: 'cascade' })
  plan!: Plan;

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  @ManyToOne({ entity: () => Agency, nullable: true })
  reporter?: Agency;

  @Field(() => String)
  @Property({ type: 'text' })
  reportTo!: string;

  @ManyToOne({ entity: () => Agency, nullable: true })
  reportToAgency?: Agency;

  /** Every agency the report goes to when the line names several ("UBND huyện, UBND Tỉnh"). */
  @ManyToMany({
    entity: () => Agency,
    pivotTable: 'reporting_requirement_agency',
    joinColumn: 'reporting_requirement_id',
    inverseJoinColumn: 'agency_id',
  })
  reportToAgencies = new Collection<Agency>(this);

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  via?: string;

  @ManyToOne({ entity: () => Agency, nullable: true })
  viaAgency?: Agency;

  @Field(() => Int)
  @Property({ type: 'integer' })
  position: Opt<number> = 0;

  @OneToMany({ entity: () => ReportingDeadline, mappedBy: 'requirement', orphanRemoval: true })
  deadlines = new Collection<ReportingDeadline>(this);
}

@ObjectType('ReportingDeadline', { description: 'Hạn báo cáo: một lần (dueDate) hoặc hằng năm (tháng, ngày).' })
@Entity({ tableName: 'reporting_deadline' })
export class ReportingDeadline extends BaseEntity {
  @ManyToOne({ entity: () => ReportingRequirement, index: true, deleteRule: 'cascade' })
  requirement!: ReportingRequirement;

  @Field(() => String, { description: 'Như in: "trước ngày 30/11/2021", "25/5".' })
  @Property({ type: 'text' })
  label!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'date', nullable: true })
  dueDate?: string;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  recurringMonth?: number;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  recurringDay?: number;
}

@ObjectType('Recipient', { description: 'Nơi nhận.' })
@Entity({ tableName: 'recipient' })
export class Recipient extends BaseEntity {
  @ManyToOne({ entity: () => Plan, nullable: true, index: true, deleteRule: 'cascade' })
  plan?: Plan;

  @ManyToOne({ entity: () => Report, nullable: true, index: true, deleteRule: 'cascade' })
  report?: Report;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @ManyToOne({ entity: () => Agency, nullable: true })
  agency?: Agency;

  /** Every catalogued agency the line names ("TT/Tỉnh ủy, TT/HĐND tỉnh (B/c)"); `agency` is the first. */
  @ManyToMany({ entity: () => Agency, pivotTable: 'recipient_agency', joinColumn: 'recipient_id', inverseJoinColumn: 'agency_id' })
  agencies = new Collection<Agency>(this);

  @Field(() => RecipientPurpose)
  @Enum({ items: () => RecipientPurpose, nativeEnumName: 'recipient_purpose' })
  purpose!: RecipientPurpose;

  @Field(() => Int)
  @Property({ type: 'integer' })
  position: Opt<number> = 0;
}
