import { accessFor } from '../../auth/permissions';
import { PlanStatus, ReportStatus } from '../../common/enums';
import { notFound } from '../../common/errors';
import type { Context } from '../../context';
import { Activity, ActivityParticipant } from '../activity/activity.entity';
import { Agency } from '../agency/agency.entity';
import { AdministrativeUnit } from '../unit/unit.entity';
import { LegalDocument } from '../legal-document/legal-document.entity';
import { PlanLegalBasis, Recipient, ReportingDeadline, ReportingRequirement, Responsibility } from '../plan/plan-parts.entity';
import { Plan } from '../plan/plan.entity';
import { ReportDocument } from '../report/report-parts.entity';
import { Report, type ReportSection } from '../report/report.entity';
import { BudgetLine } from '../budget/budget-line.entity';
import type { Citation } from './citations';
import type { DocumentFacts, FactActivity, FactSection } from './facts';

/**
 * A stored plan or report as the facts a printed copy shows, read through the caller's row scope and field rules:
 * a row the caller may not read is NOT_FOUND, and a part the caller may not see (the signature of an unissued plan,
 * budget lines outside the owning scope) is left out, exactly as the API would leave it out.
 */
const allowed = async (ctx: Context, type: string, field: string, row: unknown) => (await accessFor(type, field)?.check(ctx, row)) === true;

const citationOf = (d: LegalDocument): Citation => ({
  printed: [d.printedSymbol ?? d.symbol, d.issuedOn, d.issuerName].filter(Boolean).join(' '),
  symbol: d.symbol,
  printedSymbol: d.printedSymbol ?? d.symbol,
  documentType: d.documentType,
  issuedOn: d.issuedOn,
  issuerName: d.issuerName,
  name: d.symbol ? undefined : d.title,
  warnings: [],
  index: 0,
});

async function header(ctx: Context, unitRef: AdministrativeUnit, agencyRef: Agency) {
  const [unit, agency] = await Promise.all([ctx.loaders.one(AdministrativeUnit, unitRef), ctx.loaders.one(Agency, agencyRef)]);
  const issuerLines =
    agency && /^Ủy ban nhân dân/i.test(agency.name)
      ? ['ỦY BAN NHÂN DÂN', (unit?.fullName ?? '').toUpperCase()].filter(Boolean)
      : [(agency?.name ?? '').toUpperCase()];
  return { issuerLines };
}

async function recipientsOf(ctx: Context, owner: Plan | Report, key: 'plan' | 'report') {
  const rows = await ctx.loaders.many(Recipient, key, owner);
  return rows.map((r) => ({ name: r.name, purpose: r.purpose }));
}

export async function planFacts(ctx: Context, id: number): Promise<{ facts: DocumentFacts; plan: Plan }> {
  const plan = await ctx.loaders.one(Plan, { id });
  if (!plan) throw notFound('id', 'kế hoạch', id);
  const [bases, activities, responsibilities, requirements, recipients, head] = await Promise.all([
    ctx.loaders.many(PlanLegalBasis, 'plan', plan),
    ctx.loaders.many(Activity, 'plan', plan),
    ctx.loaders.many(Responsibility, 'plan', plan),
    ctx.loaders.many(ReportingRequirement, 'plan', plan),
    recipientsOf(ctx, plan, 'plan'),
    header(ctx, plan.administrativeUnit, plan.issuingAgency),
  ]);
  const documents = await Promise.all(bases.map((b) => ctx.loaders.one(LegalDocument, b.document)));
  const participants = await Promise.all(activities.map((a) => ctx.loaders.many(ActivityParticipant, 'activity', a)));
  const agencyName = async (ref: unknown) => (await ctx.loaders.one(Agency, ref))?.name ?? '';
  const byId = new Map<number, FactActivity>();
  const roots: FactActivity[] = [];
  for (const [i, a] of activities.entries()) {
    const fact: FactActivity = {
      label: a.label,
      title: a.title,
      description: a.description,
      schedule: a.schedule.label,
      children: [],
      participants: await Promise.all(participants[i].map(async (p) => ({ role: p.role, name: await agencyName(p.agency), note: p.note }))),
    };
    byId.set(a.id, fact);
    (a.parent ? byId.get(a.parent.id)?.children : roots)?.push(fact);
  }
  const deadlines = await Promise.all(requirements.map((r) => ctx.loaders.many(ReportingDeadline, 'requirement', r, { id: 'asc' })));
  const facts: DocumentFacts = {
    kind: 'PLAN',
    ...head,
    symbol: plan.symbol,
    place: plan.place,
    dateLabel: plan.dateLabel,
    issuedOn: plan.issuedOn,
    draft: plan.status !== PlanStatus.ISSUED,
    title: plan.title,
    preamble: plan.preamble,
    bases: bases.flatMap((b, i) =>
      b.kind !== 'REFERENCES' && documents[i] ? [{ kind: b.kind as 'BASIS' | 'IMPLEMENTS', citation: citationOf(documents[i]) }] : [],
    ),
    references: bases.flatMap((b, i) => (b.kind === 'REFERENCES' && documents[i] ? [citationOf(documents[i])] : [])),
    objectives: plan.objectives,
    requirements: plan.requirements,
    activities: roots,
    budgetNote: plan.budgetNote,
    responsibilities: await Promise.all(responsibilities.map(async (r) => ({ name: await agencyName(r.agency), duties: r.duties }))),
    reporting: requirements.map((r, i) => ({
      description: r.description,
      reportTo: r.reportTo,
      via: r.via,
      deadlines: deadlines[i].map((d) => d.label),
    })),
    sections: [],
    nextTasks: [],
    spending: [],
    closing: plan.closing,
    signature:
      (await allowed(ctx, 'Plan', 'signature', plan)) && plan.signature?.authority
        ? { authority: plan.signature.authority, position: plan.signature.position ?? '', signerName: plan.signature.signerName }
        : undefined,
    recipients,
    unplaced: [],
  };
  if (await allowed(ctx, 'Plan', 'budgetLines', plan)) {
    const lines = await ctx.loaders.many(BudgetLine, 'plan', plan);
    facts.spending = lines.filter((l) => l.plannedAmount).map((l) => ({ description: l.description, amount: l.plannedAmount! }));
  }
  return { facts, plan };
}

const sectionFacts = (s: ReportSection): FactSection => ({
  label: s.label,
  heading: s.heading,
  body: s.body,
  children: (s.children ?? []).map(sectionFacts),
});

export async function reportFacts(ctx: Context, id: number): Promise<{ facts: DocumentFacts; report: Report }> {
  const report = await ctx.loaders.one(Report, { id });
  if (!report || !(await allowed(ctx, 'Report', 'sections', report))) throw notFound('id', 'báo cáo', id);
  const [links, recipients, head] = await Promise.all([
    ctx.loaders.many(ReportDocument, 'report', report, { id: 'asc' }),
    recipientsOf(ctx, report, 'report'),
    header(ctx, report.administrativeUnit, report.issuingAgency),
  ]);
  const documents = await Promise.all(links.map((l) => ctx.loaders.one(LegalDocument, l.document)));
  const lines = await ctx.loaders.many(BudgetLine, 'report', report);
  const facts: DocumentFacts = {
    kind: 'REPORT',
    ...head,
    symbol: report.symbol,
    dateLabel: report.dateLabel,
    issuedOn: report.issuedOn,
    draft: report.status === ReportStatus.DRAFT,
    title: report.title,
    preamble: report.preamble,
    bases: [],
    references: documents.filter((d): d is LegalDocument => Boolean(d)).map(citationOf),
    objectives: [],
    requirements: [],
    activities: [],
    responsibilities: [],
    reporting: [],
    sections: report.sections.map(sectionFacts),
    nextTasks: report.nextTasks,
    recommendations: report.recommendations,
    spending: lines.map((l) => ({ description: l.description, amount: l.allocatedAmount ?? l.spentAmount ?? l.plannedAmount ?? '0' })),
    closing: report.closing,
    signature: report.signature?.authority
      ? { authority: report.signature.authority, position: report.signature.position ?? '', signerName: report.signature.signerName }
      : undefined,
    recipients,
    unplaced: [],
  };
  return { facts, report };
}
