import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { whereText } from '../../common/search';
import { readableRef } from '../../auth/scoped-filter';
import { DocumentType } from '../../common/enums';
import { conflict, notFound, requireFields } from '../../common/errors';
import { count, list, ListArgs, ListMetadata, type ListSpec } from '../../common/list';
import { assignDefined, optionalRef, requireRef } from '../../common/refs';
import { DateScalar } from '../../common/scalars';
import { Agency } from '../agency/agency.entity';
import { PlanLegalBasis } from '../plan/plan-parts.entity';
import { Plan } from '../plan/plan.entity';
import { LegalDocument } from './legal-document.entity';
import { assertSymbolFree } from './symbol-uniqueness';
import { parseSymbol } from './symbol';

@InputType('LegalDocumentFilter')
export class LegalDocumentFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true, description: 'Tìm theo số ký hiệu, trích yếu hoặc cơ quan ban hành.' }) q?: string;
  @Field(() => DocumentType, { nullable: true }) documentType?: DocumentType;
  @Field(() => Int, { nullable: true, description: 'Năm ban hành.' }) year?: number;
  @Field(() => ID, { nullable: true }) issuerId?: string;
  @Field(() => String, { nullable: true }) symbol?: string;
  @Field(() => ID, { nullable: true, description: 'Văn bản được kế hoạch này dẫn.' }) citedByPlanId?: string;
}

const documentList: ListSpec<LegalDocument, LegalDocumentFilter> = {
  entity: LegalDocument,
  sortable: { id: 'e.id', symbol: 'e.symbol', issuedOn: 'e.issued_on', documentType: 'e.document_type', title: 'e.title' },
  defaultSort: 'issuedOn',
  applyFilter: (qb, f, ctx) => {
    if (f.ids) qb.andWhere({ id: { $in: f.ids.map(Number) } });
    whereText(qb, f.q);
    if (f.documentType) qb.andWhere({ documentType: f.documentType });
    if (f.year) qb.andWhere(`date_part('year', e.issued_on) = ?`, [f.year]);
    if (f.issuerId) qb.andWhere({ issuer: Number(f.issuerId) });
    if (f.symbol) qb.andWhere({ symbol: f.symbol });
    if (f.citedByPlanId) {
      const plan = readableRef(ctx, Plan, 'b.plan_id', Number(f.citedByPlanId));
      qb.andWhere(`e.id in (select b.document_id from plan_legal_basis b where ${plan.sql})`, plan.params);
    }
  },
};

@ArgsType()
class LegalDocumentFields {
  @Field(() => DocumentType, { nullable: true }) documentType?: DocumentType;
  @Field(() => String, { nullable: true }) symbol?: string | null;
  @Field(() => DateScalar, { nullable: true }) issuedOn?: string | null;
  @Field(() => ID, { nullable: true }) issuerId?: string | null;
  @Field(() => String, { nullable: true }) issuerName?: string;
  @Field(() => String, { nullable: true }) title?: string;
}

@ArgsType()
class UpdateLegalDocumentArgs extends LegalDocumentFields {
  @Field(() => ID) id!: string;
}

@Resolver(() => LegalDocument)
export class LegalDocumentResolver {
  @Query(() => LegalDocument, { nullable: true, description: 'Một văn bản.' })
  async LegalDocument(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const document = await ctx.loaders.one(LegalDocument, { id: Number(id) });
    if (!document) throw notFound('id', 'văn bản', id);
    return document;
  }

  @Query(() => [LegalDocument])
  allLegalDocuments(@Args() args: ListArgs, @Arg('filter', () => LegalDocumentFilter, { nullable: true }) filter: LegalDocumentFilter | undefined, @Ctx() ctx: Context) {
    return list(ctx, documentList, args, filter);
  }

  @Query(() => ListMetadata)
  _allLegalDocumentsMeta(@Args() _args: ListArgs, @Arg('filter', () => LegalDocumentFilter, { nullable: true }) filter: LegalDocumentFilter | undefined, @Ctx() ctx: Context) {
    return count(ctx, documentList, filter);
  }

  @Mutation(() => LegalDocument)
  createLegalDocument(@Args() args: LegalDocumentFields, @Ctx() ctx: Context) {
    requireFields(args, ['documentType', 'issuerName', 'title']);
    return this.save(ctx, new LegalDocument(), args);
  }

  @Mutation(() => LegalDocument)
  async updateLegalDocument(@Args() { id, ...args }: UpdateLegalDocumentArgs, @Ctx() ctx: Context) {
    return this.save(ctx, await requireRef(ctx.em, LegalDocument, id, 'id', 'văn bản'), args);
  }

  @Mutation(() => LegalDocument)
  async deleteLegalDocument(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const document = await requireRef(ctx.em, LegalDocument, id, 'id', 'văn bản');
    const [{ used }] = await ctx.em.execute(
      `select exists(select 1 from plan_legal_basis where document_id = ?) or exists(select 1 from report_document where document_id = ?)
        or exists(select 1 from report where responds_to_id = ?) or exists(select 1 from activity_citation where document_id = ?) as used`, Array(4).fill(document.id));
    if (used) throw conflict('id', 'Văn bản đang được kế hoạch hoặc báo cáo dẫn chiếu; không xóa được.');
    const snapshot = { ...document };
    await ctx.em.removeAndFlush(document);
    return snapshot;
  }

  private async save(ctx: Context, document: LegalDocument, { issuerId, ...fields }: LegalDocumentFields) {
    assignDefined(document, fields as Partial<LegalDocument>);
    if (issuerId !== undefined) document.issuer = await optionalRef(ctx.em, Agency, issuerId, 'issuerId', 'cơ quan ban hành');
    if (fields.symbol !== undefined) Object.assign(document, { number: undefined, symbolYear: undefined, typeCode: undefined, issuerCode: undefined }, parseSymbol(document.symbol));
    await assertSymbolFree(ctx.em, { table: 'legal_document', issuerColumn: 'issuer_name', issuer: document.issuerName, symbol: document.symbol, issuedOn: document.issuedOn, exceptId: document.id });
    await ctx.em.persistAndFlush(document);
    return document;
  }

  @FieldResolver(() => ID, { nullable: true })
  issuerId(@Root() document: LegalDocument) {
    return document.issuer?.id;
  }

  @FieldResolver(() => Agency, { nullable: true })
  issuer(@Root() document: LegalDocument, @Ctx() ctx: Context) {
    return ctx.loaders.one(Agency, document.issuer);
  }

  @FieldResolver(() => [Plan], { description: 'Các kế hoạch căn cứ, thực hiện hoặc dẫn chiếu văn bản này.' })
  async citedBy(@Root() document: LegalDocument, @Ctx() ctx: Context) {
    const bases = await ctx.loaders.many(PlanLegalBasis, 'document', document, { plan: 'asc' });
    const plans = await Promise.all([...new Set(bases.map((b) => b.plan.id))].map((id) => ctx.loaders.one(Plan, { id })));
    return plans.filter(Boolean);
  }
}

