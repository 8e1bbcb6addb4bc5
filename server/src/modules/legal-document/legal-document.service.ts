import { ArgsType, Field, ID } from 'type-graphql';
import { DocumentType } from '../../common/enums';
import { conflict } from '../../common/errors';
import { assignDefined, optionalRef } from '../../common/refs';
import { DateScalar } from '../../common/scalars';
import type { Write } from '../../kernel/data/write';
import { Agency } from '../agency/agency.entity';
import { LegalDocument } from './legal-document.entity';
import { assertSymbolFree } from './symbol-uniqueness';
import { parseSymbol } from './symbol';

@ArgsType()
export class LegalDocumentFields {
  @Field(() => DocumentType, { nullable: true }) documentType?: DocumentType;
  @Field(() => String, { nullable: true }) symbol?: string | null;
  @Field(() => DateScalar, { nullable: true }) issuedOn?: string | null;
  @Field(() => ID, { nullable: true }) issuerId?: string | null;
  @Field(() => String, { nullable: true }) issuerName?: string;
  @Field(() => String, { nullable: true }) title?: string;
}

export async function saveLegalDocument(
  { em }: Write,
  document: LegalDocument,
  { issuerId, ...fields }: LegalDocumentFields,
): Promise<LegalDocument> {
  assignDefined(document, fields as Partial<LegalDocument>);
  if (issuerId !== undefined) document.issuer = await optionalRef(em, Agency, issuerId, 'issuerId', 'cơ quan ban hành');
  if (fields.symbol !== undefined)
    Object.assign(
      document,
      { number: undefined, symbolYear: undefined, typeCode: undefined, issuerCode: undefined },
      parseSymbol(document.symbol),
    );
  await assertSymbolFree(em, {
    table: 'legal_document',
    issuerColumn: 'issuer_name',
    issuer: document.issuerName,
    symbol: document.symbol,
    issuedOn: document.issuedOn,
    exceptId: document.id,
  });
  await em.persist(document).flush();
  return document;
}

/** A document cited by a plan, a report or an activity stays. */
export async function documentUnused({ em }: Write, document: LegalDocument): Promise<void> {
  const [{ used }] = await em.execute(
    `select exists(select 1 from plan_legal_basis where document_id = ?) or exists(select 1 from report_document where document_id = ?)
      or exists(select 1 from report where responds_to_id = ?) or exists(select 1 from activity_citation where document_id = ?) as used`,
    Array(4).fill(document.id),
  );
  if (used) throw conflict('id', 'Văn bản đang được kế hoạch hoặc báo cáo dẫn chiếu; không xóa được.');
}
