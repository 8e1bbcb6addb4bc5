/**
 * Facts of a plan or report as the API returns them, one string per fact, for comparing an imported document with
 * the curated seed: a fact counts when the same string comes back. Participants the curator inferred are left out,
 * since no reader can find them in the text.
 */
export const PLAN_FACTS = `query PlanFacts($id: ID!) { Plan(id: $id) {
  id title symbol place dateLabel preamble objectives requirements budgetNote closing
  signature { authority position signerName }
  legalBases { kind document { symbol } }
  activities { label title description schedule { label } participants { role source agency { key } } }
  responsibilities { agency { key } duties }
  reportingRequirements { reportTo reporter { key } }
  recipients { name purpose } } }`;

const SECTION = 'label heading body';
export const REPORT_FACTS = `query ReportFacts($id: ID!) { Report(id: $id) {
  id title dateLabel preamble nextTasks recommendations closing allocated
  signature { authority position signerName }
  sections { ${SECTION} children { ${SECTION} children { ${SECTION} } } }
  respondsTo { symbol } subjects { symbol } citedDocuments { symbol }
  spendingLines { allocatedAmount spentAmount }
  recipients { name purpose } } }`;

const norm = (text: string | null | undefined) =>
  (text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;,:]+$/, '');
const unlabel = (text: string) => norm(text).replace(/^(\d+\.|[a-zđ]\))\s*/, '');

export function planFacts(plan: any): string[] {
  const facts = [`title ${norm(plan.title)}`];
  for (const key of ['symbol', 'place', 'dateLabel', 'preamble', 'budgetNote', 'closing'] as const)
    if (norm(plan[key])) facts.push(`${key} ${norm(plan[key])}`);
  if (plan.signature?.authority)
    facts.push(`signature ${norm(plan.signature.authority)} / ${norm(plan.signature.position)} / ${norm(plan.signature.signerName)}`);
  for (const b of plan.legalBases) if (b.document?.symbol) facts.push(`basis ${b.kind} ${b.document.symbol}`);
  for (const o of plan.objectives) facts.push(`objective ${norm(o)}`);
  for (const r of plan.requirements) facts.push(`requirement ${norm(r)}`);
  for (const a of plan.activities) {
    facts.push(`activity ${a.label} ${norm(a.title)}`);
    if (a.description) facts.push(`content ${a.label} ${norm(a.description)}`);
    if (a.schedule?.label) facts.push(`schedule ${a.label} ${norm(a.schedule.label)}`);
    for (const p of a.participants) if (p.source === 'PRINTED') facts.push(`participant ${a.label} ${p.role} ${p.agency?.key}`);
  }
  for (const r of plan.responsibilities) for (const d of r.duties) facts.push(`duty ${r.agency?.key} ${norm(d)}`);
  for (const r of plan.reportingRequirements) facts.push(`reports ${r.reporter?.key ?? '-'} → ${norm(r.reportTo)}`);
  for (const r of plan.recipients) facts.push(`recipient ${norm(r.name)} ${r.purpose}`);
  return facts;
}

function sectionFacts(sections: any[], path: string, out: string[]) {
  for (const s of sections ?? []) {
    const at = `${path}${s.label ?? '?'}`;
    out.push(`section ${at} ${unlabel(s.heading)}`);
    if (norm(s.body)) out.push(`body ${at} ${norm(s.body)}`);
    sectionFacts(s.children, `${at}.`, out);
  }
}

export function reportFacts(report: any): string[] {
  const facts = [`title ${norm(report.title)}`];
  for (const key of ['dateLabel', 'preamble', 'recommendations', 'closing', 'allocated'] as const)
    if (norm(report[key])) facts.push(`${key} ${norm(report[key])}`);
  if (report.signature?.authority)
    facts.push(`signature ${norm(report.signature.authority)} / ${norm(report.signature.position)} / ${norm(report.signature.signerName)}`);
  sectionFacts(report.sections, '', facts);
  for (const t of report.nextTasks) facts.push(`next ${norm(t)}`);
  const cited = [report.respondsTo, ...report.subjects, ...report.citedDocuments].filter((d) => d?.symbol).map((d) => d.symbol);
  for (const symbol of new Set(cited)) facts.push(`cites ${symbol}`);
  for (const l of report.spendingLines) facts.push(`spending ${l.allocatedAmount}/${l.spentAmount}`);
  for (const r of report.recipients) facts.push(`recipient ${norm(r.name)} ${r.purpose}`);
  return facts;
}

/** How many of the expected facts came back, and which did not. */
export function score(expected: string[], actual: string[]) {
  const got = new Set(actual);
  const missed = expected.filter((f) => !got.has(f));
  return {
    found: expected.length - missed.length,
    total: expected.length,
    ratio: (expected.length - missed.length) / expected.length,
    missed,
  };
}
