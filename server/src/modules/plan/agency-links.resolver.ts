import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Agency } from '../agency/agency.entity';
import { BudgetLine } from '../budget/budget-line.entity';
import { LegalDocument } from '../legal-document/legal-document.entity';
import { ReportDocument } from '../report/report-parts.entity';
import { Report } from '../report/report.entity';
import { linkedAgencies } from './agency-links';
import { Recipient, ReportingRequirement, Responsibility } from './plan-parts.entity';

/** Lines of a document that name several agencies at once. */
@Resolver(() => Responsibility)
export class ResponsibilityLinksResolver {
  @FieldResolver(() => [Agency], { description: 'Các cơ quan khác cùng được giao những nhiệm vụ này.' })
  sharedWith(@Root() responsibility: Responsibility, @Ctx() ctx: Context) {
    return linkedAgencies(ctx, 'responsibility_agency', 'responsibility_id', responsibility.id);
  }
}

@Resolver(() => ReportingRequirement)
export class ReportingRequirementLinksResolver {
  @FieldResolver(() => [Agency], { description: 'Mọi cơ quan nhận báo cáo khi dòng nêu nhiều cơ quan.' })
  reportToAgencies(@Root() requirement: ReportingRequirement, @Ctx() ctx: Context) {
    return linkedAgencies(ctx, 'reporting_requirement_agency', 'reporting_requirement_id', requirement.id);
  }
}

@Resolver(() => Recipient)
export class RecipientLinksResolver {
  @FieldResolver(() => [Agency], { description: 'Mọi cơ quan dòng nơi nhận này nêu.' })
  agencies(@Root() recipient: Recipient, @Ctx() ctx: Context) {
    return linkedAgencies(ctx, 'recipient_agency', 'recipient_id', recipient.id);
  }
}

@Resolver(() => LegalDocument)
export class LegalDocumentLinksResolver {
  @FieldResolver(() => [Agency], { description: 'Các cơ quan cùng ban hành (văn bản liên tịch, chương trình phối hợp).' })
  coIssuers(@Root() document: LegalDocument, @Ctx() ctx: Context) {
    return linkedAgencies(ctx, 'legal_document_issuer', 'legal_document_id', document.id);
  }

  @FieldResolver(() => [Report], { description: 'Các báo cáo trả lời, báo cáo về hoặc dẫn văn bản này (chỉ báo cáo người gọi được xem).' })
  async citedByReports(@Root() document: LegalDocument, @Ctx() ctx: Context) {
    const [links, responding] = await Promise.all([
      ctx.loaders.many(ReportDocument, 'document', document, { report: 'asc' }),
      ctx.loaders.many(Report, 'respondsTo', document, { id: 'asc' }),
    ]);
    const ids = [...new Set([...links.map((l) => l.report.id), ...responding.map((r) => r.id)])].sort((a, b) => a - b);
    const reports = await Promise.all(ids.map((id) => ctx.loaders.one(Report, { id })));
    return reports.filter(Boolean);
  }
}

@Resolver(() => BudgetLine)
export class BudgetLineHolderResolver {
  @FieldResolver(() => Agency, { nullable: true, description: 'Cơ quan giữ kinh phí.' })
  holder(@Root() line: BudgetLine, @Ctx() ctx: Context) {
    return ctx.loaders.one(Agency, line.holder);
  }
}
