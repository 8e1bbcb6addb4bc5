import { Collection, Entity, Enum, ManyToMany, ManyToOne, type Opt, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { VersionedEntity } from '../../common/versioned.entity';
import { DocumentType, FactSource } from '../../common/enums';
import { Agency } from '../agency/agency.entity';

/**
 * A legal document (văn bản) stored once however many plans cite it. The number-symbol is kept as
 * printed and also split into its parts, so documents can be found by number, year or issuer code.
 */
@ObjectType('LegalDocument', { description: 'Văn bản: nghị định, thông tư, quyết định, kế hoạch, công văn…' })
@Entity({ tableName: 'legal_document' })
export class LegalDocument extends VersionedEntity {
  @Field(() => String, { nullable: true, description: 'Khóa ổn định dùng khi nạp dữ liệu.' })
  @Property({ type: 'text', nullable: true, unique: true })
  key?: string;

  @Field(() => DocumentType)
  @Enum({ items: () => DocumentType, nativeEnumName: 'document_type' })
  documentType!: DocumentType;

  @Field(() => String, {
    nullable: true,
    description: 'Số, ký hiệu chuẩn hóa, ví dụ "72/2015/NĐ-CP", "211-KH/TU"; dùng để tìm kiếm và đối chiếu.',
  })
  @Property({ type: 'text', nullable: true, index: true })
  symbol?: string;

  @Field(() => String, { nullable: true, description: 'Số, ký hiệu như in trên văn bản ("25 - CT/TW", "211/KH-TU"), khi khác dạng chuẩn.' })
  @Property({ type: 'text', nullable: true })
  printedSymbol?: string;

  @Field(() => String, { nullable: true, description: 'Ghi chú khi văn bản dẫn in sai (ví dụ năm trong số ký hiệu khác năm ban hành).' })
  @Property({ type: 'text', nullable: true })
  symbolNote?: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  number?: string;

  @Field(() => Int, { nullable: true, description: 'Năm trong số ký hiệu, nếu có.' })
  @Property({ type: 'integer', nullable: true })
  symbolYear?: number;

  @Field(() => String, { nullable: true, description: 'Chữ viết tắt loại văn bản (KH, NĐ, QĐ, KL…).' })
  @Property({ type: 'text', nullable: true })
  typeCode?: string;

  @Field(() => String, { nullable: true, description: 'Chữ viết tắt cơ quan ban hành (UBND, CP, TW…).' })
  @Property({ type: 'text', nullable: true })
  issuerCode?: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'date', nullable: true })
  issuedOn?: string;

  @ManyToOne({ entity: () => Agency, nullable: true, index: true })
  issuer?: Agency;

  /** Joint issuers besides `issuer` (programme 5115/CTr-BTTTT-BTLBP of two ministries). */
  @ManyToMany({
    entity: () => Agency,
    pivotTable: 'legal_document_issuer',
    joinColumn: 'legal_document_id',
    inverseJoinColumn: 'agency_id',
  })
  coIssuers = new Collection<Agency>(this);

  @Field(() => String)
  @Property({ type: 'text' })
  issuerName!: string;

  @Field(() => FactSource, { description: 'INFERRED khi trích dẫn không ghi cơ quan ban hành và người nhập đã bổ sung.' })
  @Enum({ items: () => FactSource, nativeEnumName: 'fact_source', default: FactSource.PRINTED })
  issuerSource: Opt<FactSource> = FactSource.PRINTED;

  @Field(() => String, { description: 'Trích yếu.' })
  @Property({ type: 'text' })
  title!: string;
}
