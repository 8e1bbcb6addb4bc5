import { Ctx, Field, FieldResolver, ID, InputType, Int, Resolver, Root } from 'type-graphql';
import { DocumentType } from '../../common/enums';
import type { ListSpec } from '../../common/list';
import { whereText } from '../../common/search';
import { readableRef } from '../../auth/scoped-filter';
import type { Context } from '../../context';
import { idOf, one } from '../../kernel/data/relations';
import { defineResource, type ModuleDeclaration } from '../../kernel/data/resource';
import { Agency } from '../agency/agency.entity';
import { PlanLegalBasis } from '../plan/plan-parts.entity';
import { Plan } from '../plan/plan.entity';
import { LegalDocument } from './legal-document.entity';
import { LegalDocumentLinksResolver } from './legal-document-links.resolver';
import { legalDocumentRules } from './legal-document.rules';
import { documentUnused, LegalDocumentFields, saveLegalDocument } from './legal-document.service';

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

export const legalDocumentResource = defineResource({
  entity: LegalDocument,
  rows: 'public',
  api: { plural: 'LegalDocuments', what: 'văn bản', list: documentList, filter: LegalDocumentFilter, describe: { one: 'Một văn bản.' } },
  writes: {
    args: LegalDocumentFields,
    required: ['documentType', 'issuerName', 'title'],
    save: saveLegalDocument,
    delete: documentUnused,
  },
  relations: {
    issuerId: idOf('issuer', { nullable: true }),
    issuer: one(() => Agency, { nullable: true }),
  },
});

@Resolver(() => LegalDocument)
class CitedByResolver {
  @FieldResolver(() => [Plan], { description: 'Các kế hoạch căn cứ, thực hiện hoặc dẫn chiếu văn bản này.' })
  async citedBy(@Root() document: LegalDocument, @Ctx() ctx: Context) {
    const bases = await ctx.loaders.many(PlanLegalBasis, 'document', document, { plan: 'asc' });
    const plans = await Promise.all([...new Set(bases.map((b) => b.plan.id))].map((id) => ctx.loaders.one(Plan, { id })));
    return plans.filter(Boolean);
  }
}

export const legalDocumentModule: ModuleDeclaration = {
  resources: [legalDocumentResource],
  rules: [legalDocumentRules],
  resolvers: [CitedByResolver, LegalDocumentLinksResolver],
};
