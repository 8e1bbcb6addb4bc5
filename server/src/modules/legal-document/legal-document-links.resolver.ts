import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Agency } from '../agency/agency.entity';
import { linkedAgencies } from '../plan/agency-links';
import { ReportDocument } from '../report/report-parts.entity';
import { Report } from '../report/report.entity';
import { LegalDocument } from './legal-document.entity';

/** Joint issuers and the reports that cite a document; reports go through their own row scope. */
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
