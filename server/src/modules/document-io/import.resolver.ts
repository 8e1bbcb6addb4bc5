import { Arg, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { DocumentFacts } from './facts';
import { ImportPreview } from './import.types';
import { requireScope } from './unit-of-caller';
import type { Context } from '../../context';
import { LegalDocument } from '../legal-document/legal-document.entity';
import { Plan } from '../plan/plan.entity';
import { Report } from '../report/report.entity';
import { importDocument } from './import.service';
import { Upload, UploadScalar } from './upload';

@ObjectType('UnplacedText', { description: 'Đoạn văn bản trình nhập không xếp được vào phần nào, kèm lý do.' })
export class UnplacedText {
  @Field(() => String) text!: string;
  @Field(() => String) reason!: string;
}

@ObjectType('ImportResult', { description: 'Kết quả nhập một tệp: bản dự thảo đã tạo và những gì cần người dùng xử lý.' })
export class ImportResult {
  @Field(() => String, { description: 'PLAN hoặc REPORT.' }) kind!: string;
  @Field(() => ID, { nullable: true }) planId?: string;
  @Field(() => ID, { nullable: true }) reportId?: string;
  @Field(() => Plan, { nullable: true }) plan?: Plan;
  @Field(() => Report, { nullable: true }) report?: Report;
  @Field(() => [String], { description: 'Tên cơ quan trong văn bản chưa khớp danh mục; cần chọn hoặc thêm cơ quan.' })
  unmatchedAgencies!: string[];
  @Field(() => [UnplacedText]) unplaced!: UnplacedText[];
  @Field(() => [LegalDocument], { description: 'Văn bản được dẫn chưa có trong danh mục, đã được thêm (khi lưu).' })
  createdDocuments!: LegalDocument[];
  @Field(() => ImportPreview, { description: 'Những gì đọc được từ tệp, như in.' }) preview!: ImportPreview;
  @Field(() => Boolean, { description: 'true khi chỉ xem trước: không có gì được lưu.' }) dryRun!: boolean;
}

const previewOf = (f: DocumentFacts): ImportPreview => ({
  ...f,
  symbol: f.symbol,
  legalBases: [
    ...f.bases.map((b) => ({ kind: b.kind, printed: b.citation.printed, symbol: b.citation.symbol })),
    ...f.references.map((c) => ({ kind: 'REFERENCES', printed: c.printed, symbol: c.symbol })),
  ],
});

@Resolver()
export class ImportResolver {
  @Mutation(() => ImportResult, { description: 'Nhập kế hoạch hoặc báo cáo từ tệp .docx/.txt thành bản dự thảo của đơn vị mình.' })
  async importDocument(
    @Arg('file', () => UploadScalar) file: Upload,
    @Arg('dryRun', () => Boolean, { nullable: true, description: 'Chỉ đọc và đối chiếu để xem lại; không lưu gì.' })
    dryRun: boolean | undefined,
    @Ctx() ctx: Context,
  ): Promise<ImportResult> {
    const outcome = await importDocument(ctx, requireScope(ctx), file, { dryRun: dryRun ?? false });
    const plan = outcome.plan && (await ctx.loaders.one(Plan, outcome.plan));
    const report = outcome.reportId ? await ctx.loaders.one(Report, { id: outcome.reportId }) : undefined;
    return {
      kind: outcome.facts.kind,
      planId: plan ? String(plan.id) : undefined,
      reportId: report ? String(report.id) : undefined,
      plan,
      report,
      unmatchedAgencies: outcome.unmatchedAgencies,
      unplaced: outcome.facts.unplaced,
      createdDocuments: dryRun ? [] : outcome.createdDocuments,
      preview: previewOf(outcome.facts),
      dryRun: dryRun ?? false,
    };
  }
}
