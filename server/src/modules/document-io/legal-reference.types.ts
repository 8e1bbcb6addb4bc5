import { Field, ObjectType } from 'type-graphql';
import { DocumentType } from '../../common/enums';
import { LegalDocument } from '../legal-document/legal-document.entity';

@ObjectType('LegalReferenceWarning', { description: 'Điều bất thường trong một trích dẫn văn bản.' })
export class LegalReferenceWarning {
  @Field(() => String, {
    description: 'DATED_BEFORE_SYMBOL_YEAR, DATED_AFTER_SYMBOL_YEAR, NO_YEAR, SYMBOL_REPAIRED, NO_SYMBOL, AMBIGUOUS.',
  })
  code!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType('LegalReference', { description: 'Một văn bản được dẫn trong đoạn văn: như in, dạng chuẩn và văn bản khớp trong danh mục.' })
export class LegalReference {
  @Field(() => String, { description: 'Trích dẫn như in (khoảng trắng gộp lại).' })
  printed!: string;

  @Field(() => String, { nullable: true, description: 'Số ký hiệu như in.' })
  printedSymbol?: string;

  @Field(() => String, { nullable: true, description: 'Số ký hiệu chuẩn hóa ("57-KL/TW", "72/2015/NĐ-CP").' })
  symbol?: string;

  @Field(() => DocumentType)
  documentType!: DocumentType;

  @Field(() => String, { nullable: true, description: 'Ngày ban hành như in (ISO), kể cả khi bất thường.' })
  issuedOn?: string;

  @Field(() => String, { nullable: true, description: 'Cơ quan ban hành như in.' })
  issuerName?: string;

  @Field(() => String, { nullable: true, description: 'Tên văn bản không có số ký hiệu ("Luật Ngân sách nhà nước").' })
  name?: string;

  @Field(() => [LegalReferenceWarning])
  warnings!: LegalReferenceWarning[];

  @Field(() => LegalDocument, { nullable: true, description: 'Văn bản trong danh mục khớp với trích dẫn.' })
  document?: LegalDocument;
}
