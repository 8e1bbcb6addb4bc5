import type { EntityManager } from '@mikro-orm/postgresql';
import mammoth from 'mammoth';
import { hasRole } from '../../auth/principal';
import { FactSource, Role, LegalBasisKind, PlanStatus, ReportKind, ReportStatus } from '../../common/enums';
import { badInput } from '../../common/errors';
import { Agency } from '../agency/agency.entity';
import { LegalDocument } from '../legal-document/legal-document.entity';
import { parseSymbol } from '../legal-document/symbol';
import type { ActivityInput, PlanFields } from '../plan/plan.inputs';
import { savePlan } from '../plan/plan.service';
import { Plan } from '../plan/plan.entity';
import type { ReportFields, ReportSectionInput } from '../report/report.inputs';
import { asSourceFigures } from '../budget/budget-line.writer';
import { saveReport } from '../report/report.service';
import { Report } from '../report/report.entity';
import type { Context } from '../../context';
import { AdministrativeUnit } from '../unit/unit.entity';
import { type AgencyCandidate, agenciesIn, matchAgency } from './agency-match';
import type { Citation } from './citations';
import type { DocumentFacts, FactActivity, FactSection } from './facts';
import { pickDocument } from './legal-references';
import { readDocumentText } from './read-text';

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export interface UploadedFile {
  filename: string;
  mimetype?: string;
  buffer: Buffer;
}

export interface ImportOutcome {
  facts: DocumentFacts;
  plan?: Plan;
  reportId?: number;
  unmatchedAgencies: string[];
  createdDocuments: LegalDocument[];
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]); // Word's encrypted (password-protected) files are OLE containers

/** The text of an uploaded .docx or .txt, or a BAD_USER_INPUT saying exactly what is wrong with the file. */
export async function textOf(file: UploadedFile): Promise<string> {
  if (file.buffer.length > MAX_IMPORT_BYTES) throw badInput('file', 'Tệp lớn hơn 10 MB; hãy tách hoặc nén ảnh trong tệp rồi nhập lại.');
  const extension = /\.([a-z0-9]+)$/i.exec(file.filename)?.[1]?.toLowerCase();
  if (extension === 'txt') {
    const text = file.buffer.toString('utf8');
    if (text.includes('\uFFFD') || file.buffer.includes(0))
      throw badInput('file', 'Tệp .txt không phải văn bản UTF-8; hãy lưu lại với mã hóa UTF-8.');
    return text;
  }
  if (extension !== 'docx') throw badInput('file', `Chỉ nhận tệp .docx hoặc .txt (tệp gửi lên là "${file.filename}").`);
  if (file.buffer.subarray(0, 4).equals(OLE))
    throw badInput('file', 'Tệp .docx được đặt mật khẩu (mã hóa); hãy gỡ mật khẩu trong Word rồi nhập lại.');
  if (!file.buffer.subarray(0, 4).equals(ZIP)) throw badInput('file', 'Tệp .docx bị hỏng hoặc không phải tệp Word; không đọc được.');
  try {
    const { value } = await mammoth.extractRawText({ buffer: file.buffer });
    return value;
  } catch {
    throw badInput('file', 'Tệp .docx bị hỏng; không đọc được nội dung.');
  }
}

/** Agencies a document of this unit may name: its own unit's first, then each unit above it, then the central level. */
async function agencyCandidates(em: EntityManager, unit: AdministrativeUnit): Promise<AgencyCandidate<number>[]> {
  const chain = unit.path.split('/').filter(Boolean).map(Number).reverse();
  const agencies = await em.find(Agency, { administrativeUnit: { $in: chain } });
  return agencies.map((a) => ({ id: a.id, name: a.name, shortName: a.shortName, distance: chain.indexOf(a.administrativeUnit.id) }));
}

const NATIONAL_ISSUER = /^(CP|TTg|TW|QH|UBTVQH\d*|B[A-ZĐ]+)$/;

/**
 * The catalogued document a citation names, or a new catalogue entry. A local symbol (`194/KH-UBND`) is only the
 * same document when the issuer matches too, so another province's plan becomes a second document.
 */
async function documentFor(em: EntityManager, citation: Citation, created: LegalDocument[]): Promise<LegalDocument> {
  const symbols = citation.symbol ? [citation.symbol, citation.printedSymbol!] : [];
  const candidates = [
    ...created,
    ...(symbols.length
      ? await em.find(LegalDocument, { $or: [{ symbol: { $in: symbols } }, { printedSymbol: { $in: symbols } }] })
      : await em.find(LegalDocument, { symbol: null, documentType: citation.documentType })),
  ];
  const issuerCode = citation.symbol?.split(/[-/]/).pop() ?? '';
  const local = citation.symbol !== undefined && !NATIONAL_ISSUER.test(issuerCode);
  const fitting =
    local && citation.issuerName
      ? candidates.filter(
          (d) => pickDocument({ ...citation, warnings: [] }, [d]).document && sameIssuer(d.issuerName, citation.issuerName!),
        )
      : candidates;
  const { document } = pickDocument(citation, fitting);
  if (document) return document;
  const fresh = em.create(LegalDocument, {
    documentType: citation.documentType,
    symbol: citation.symbol,
    ...parseSymbol(citation.symbol),
    printedSymbol: citation.printedSymbol !== citation.symbol ? citation.printedSymbol : undefined,
    issuedOn: citation.issuedOn,
    issuerName: citation.issuerName ?? '',
    title: citation.name ?? citation.printed,
    issuerSource: citation.issuerName ? FactSource.PRINTED : FactSource.INFERRED,
  });
  created.push(fresh);
  return fresh;
}

const sameIssuer = (a: string, b: string) => {
  const x = a.toLowerCase(),
    y = b.toLowerCase();
  return x.includes(y) || y.includes(x);
};

/**
 * Reads a file and saves it as a draft of the caller's unit, in one transaction: the plan or report with every
 * fact it prints (marked PRINTED), new catalogue entries for documents it cites that are not catalogued, and the
 * names of agencies it could not match, which the answer lists for the user to resolve.
 */
/** Thrown inside the import's transaction to roll a preview back while keeping what it found. */
class Preview extends Error {
  constructor(readonly outcome: ImportOutcome) {
    super('preview');
  }
}

export async function importDocument(
  ctx: Context,
  unitId: number,
  file: UploadedFile,
  options: { dryRun: boolean } = { dryRun: false },
): Promise<ImportOutcome> {
  const facts = readDocumentText(await textOf(file));
  if (!facts) throw badInput('file', 'Văn bản không phải kế hoạch hay báo cáo: không thấy dòng "KẾ HOẠCH" hoặc "BÁO CÁO" ở đầu văn bản.');
  return ctx.em
    .transactional(async (em) => {
      const unit = await em.findOneOrFail(AdministrativeUnit, { id: unitId });
      const candidates = await agencyCandidates(em, unit);
      const unmatched = new Set<string>();
      const agencyIds = (printed: string) => {
        const { matched, unmatched: names } = agenciesIn(printed, candidates);
        names.forEach((n) => unmatched.add(n));
        return matched.map((a) => String(a.id));
      };
      const issuer =
        candidates.find((c) => c.distance === 0 && candidates.length && isCommittee(c, facts)) ?? candidates.find((c) => c.distance === 0);
      if (!issuer) throw badInput('file', 'Đơn vị của bạn chưa có cơ quan nào trong danh mục để làm cơ quan ban hành.');
      const created: LegalDocument[] = [];
      const outcome: ImportOutcome = { facts, unmatchedAgencies: [], createdDocuments: created };
      const recipients = facts.recipients.map((r) => {
        const ids = r.purpose === 'ARCHIVE' ? [] : agenciesIn(r.name, candidates).matched.map((a) => String(a.id));
        return { name: r.name, purpose: r.purpose, agencyId: ids[0], agencyIds: ids };
      });
      const signature = facts.signature && { ...facts.signature };

      if (facts.kind === 'PLAN') {
        const legalBases = [];
        for (const b of facts.bases)
          legalBases.push({ kind: b.kind as LegalBasisKind, document: await documentFor(em, b.citation, created) });
        for (const c of facts.references) legalBases.push({ kind: LegalBasisKind.REFERENCES, document: await documentFor(em, c, created) });
        await em.flush();
        const year = Number(
          /\b(20\d\d)\b/.exec(facts.title)?.[1] ??
            facts.issuedOn?.slice(0, 4) ??
            /(\d{4})\s*$/.exec(facts.dateLabel ?? '')?.[1] ??
            new Date().getFullYear(),
        );
        const symbolFree = facts.symbol && !(await em.count(Plan, { issuingAgency: issuer.id, symbol: facts.symbol }));
        const fields: PlanFields = {
          title: facts.title,
          status: PlanStatus.DRAFT,
          place: facts.place,
          dateLabel: facts.dateLabel,
          startYear: year,
          endYear: year,
          symbol: symbolFree ? facts.symbol : undefined,
          issuedOn: symbolFree ? facts.issuedOn : undefined,
          administrativeUnitId: String(unit.id),
          issuingAgencyId: String(issuer.id),
          preamble: facts.preamble,
          objectives: facts.objectives,
          requirements: facts.requirements,
          budgetNote: facts.budgetNote,
          closing: facts.closing,
          signature,
          legalBases: legalBases.map((b) => ({ kind: b.kind, documentId: String(b.document.id) })),
          activities: facts.activities.map((a) => activityInput(a, agencyIds)),
          responsibilities: facts.responsibilities.flatMap((r) => {
            const [first, ...shared] = agencyIds(r.name);
            return first ? [{ agencyId: first, sharedWithIds: shared, duties: r.duties, source: FactSource.PRINTED }] : [];
          }),
          reportingRequirements: facts.reporting.map((r) => ({
            description: r.description,
            reportTo: r.reportTo,
            via: r.via,
            reporterId: r.reporter ? matchAgency(r.reporter, candidates)?.id.toString() : undefined,
            reportToAgencyIds: agenciesIn(r.reportTo, candidates).matched.map((a) => String(a.id)),
            viaAgencyId: r.via ? matchAgency(r.via, candidates)?.id.toString() : undefined,
            deadlines: r.deadlines.map((label) => deadline(label)),
          })),
          recipients,
          internalNote:
            symbolFree || !facts.symbol
              ? undefined
              : `Văn bản in số ${facts.symbol}; số này đã có trong cơ sở dữ liệu nên bản nhập để trống.`,
        };
        if (facts.symbol && !symbolFree)
          facts.unplaced.push({
            text: `Số: ${facts.symbol}`,
            reason: 'Số ký hiệu đã được dùng cho một kế hoạch khác của cơ quan này; bản nhập để trống số.',
          });
        outcome.plan = await savePlan({ em, ctx }, new Plan(), fields);
      } else {
        const documents = [];
        for (const c of facts.references) documents.push(await documentFor(em, c, created));
        await em.flush();
        const year = Number(/(\d{4})\s*$/.exec(facts.dateLabel ?? '')?.[1] ?? new Date().getFullYear());
        const [respondsTo, ...cited] = documents;
        const finance = hasRole(ctx.auth, Role.FINANCE);
        if (!finance)
          for (const l of facts.spending)
            facts.unplaced.push({
              text: `${l.amount} đồng: ${l.description}`,
              reason: 'Số tiền được giao chỉ cán bộ tài chính được ghi; dòng kinh phí đã tạo chưa có số tiền.',
            });
        const fields: ReportFields = {
          title: facts.title,
          kind: ReportKind.THEMATIC,
          status: ReportStatus.DRAFT,
          dateLabel: facts.dateLabel,
          issuedOn: facts.issuedOn,
          symbol: facts.symbol,
          periodStart: `${year}-01-01`,
          periodEnd: `${year}-12-31`,
          administrativeUnitId: String(unit.id),
          issuingAgencyId: String(issuer.id),
          preamble: facts.preamble,
          respondsToId: facts.preamble && respondsTo ? String(respondsTo.id) : undefined,
          citedDocumentIds: (facts.preamble ? cited : documents).map((d) => String(d.id)),
          sections: facts.sections.map(sectionInput),
          nextTasks: facts.nextTasks,
          recommendations: facts.recommendations,
          closing: facts.closing,
          allocated: facts.spending.length ? String(facts.spending.reduce((s, l) => s + BigInt(l.amount), 0n)) : undefined,
          results: facts.sections
            .flatMap((s) => leaves(s.children))
            .map((s) => ({ heading: [s.label, s.heading].filter(Boolean).join('. '), outcome: s.body })),
          // Allocated amounts are finance's to write (budget-line rules): an editor's import keeps the lines and the
          // report's stated total, and lists each line's amount for finance to enter.
          spendingLines: facts.spending.map((l) => ({
            fiscalYear: year,
            source: 'LOCAL_BUDGET' as never,
            description: l.description,
            allocatedAmount: finance ? l.amount : undefined,
          })),
          signature,
          recipients,
        };
        // The printed report states its figures; the editor importing it does not type them.
        outcome.reportId = (await saveReport({ em, ctx }, new Report(), fields, asSourceFigures(ctx.auth))).id;
      }
      outcome.unmatchedAgencies = [...unmatched];
      if (options.dryRun) throw new Preview({ ...outcome, plan: undefined, reportId: undefined });
      return outcome;
    })
    .catch((error: unknown) => {
      if (error instanceof Preview) return error.outcome;
      throw error;
    });
}

const isCommittee = (c: AgencyCandidate<number>, facts: DocumentFacts) =>
  /ủy ban nhân dân|ubnd/i.test(c.name) || facts.issuerLines.some((l) => l.toLowerCase().includes(c.name.toLowerCase()));

function activityInput(a: FactActivity, agencyIds: (printed: string) => string[]): ActivityInput {
  return {
    label: a.label,
    title: a.title,
    description: a.description,
    schedule: a.schedule ? { label: a.schedule, ...scheduleOf(a.schedule), source: FactSource.PRINTED } : undefined,
    participants: a.participants.flatMap((p) =>
      agencyIds(p.name).map((agencyId) => ({ agencyId, role: p.role, note: p.note, source: FactSource.PRINTED })),
    ),
    children: a.children.map((c) => activityInput(c, agencyIds)),
  };
}

const ROMAN_QUARTERS: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

/** "Quý II và IV/2022", "Cả năm 2022", "Thường xuyên" → machine form; the label itself is kept as printed. */
export function scheduleOf(label: string): { startDate?: string; endDate?: string; quarters?: number[]; continuous?: boolean } {
  const year = /(\d{4})/.exec(label)?.[1];
  const quarters = /^Quý\s+([IV\s,và]+)\//i
    .exec(label)?.[1]
    .split(/\s*(?:,|và)\s*/)
    .map((q) => ROMAN_QUARTERS[q.trim()])
    .filter(Boolean);
  if (quarters?.length && year) {
    const first = Math.min(...quarters),
      last = Math.max(...quarters);
    return {
      quarters,
      startDate: `${year}-${String(first * 3 - 2).padStart(2, '0')}-01`,
      endDate: `${year}-${['03-31', '06-30', '09-30', '12-31'][last - 1]}`,
    };
  }
  const continuous = /thường xuyên/i.test(label);
  return year ? { startDate: `${year}-01-01`, endDate: `${year}-12-31`, continuous } : { continuous };
}

function deadline(label: string) {
  const full = /(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(label);
  if (full) return { label, dueDate: `${full[3]}-${full[2].padStart(2, '0')}-${full[1].padStart(2, '0')}` };
  const yearly = /(\d{1,2})\/(\d{1,2})/.exec(label);
  return yearly ? { label, recurringDay: Number(yearly[1]), recurringMonth: Number(yearly[2]) } : { label };
}

const sectionInput = (s: FactSection): ReportSectionInput => ({
  label: s.label,
  heading: s.heading,
  body: s.body,
  children: s.children.map(sectionInput),
});
const leaves = (sections: FactSection[]): FactSection[] => sections.flatMap((s) => (s.children.length ? leaves(s.children) : [s]));
