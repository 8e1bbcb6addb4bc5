import type { EntityManager } from '@mikro-orm/postgresql';
import { forbidden } from '../../auth/access';
import type { Principal } from '../../auth/principal';
import { type BudgetSource, Role } from '../../common/enums';
import { badInput } from '../../common/errors';
import { optionalRef } from '../../common/refs';
import { Agency } from '../agency/agency.entity';
import type { Activity } from '../activity/activity.entity';
import type { Plan } from '../plan/plan.entity';
import type { Report } from '../report/report.entity';
import { BudgetLine } from './budget-line.entity';
import { budgetLineWritable, lineWritable } from './budget-line.rules';

/** What any path (a plan's lines, a report's spending lines, `createBudgetLine`) may send for one line. */
export interface LineFields {
  fiscalYear?: number;
  source?: BudgetSource;
  description?: string;
  plannedAmount?: string | null;
  allocatedAmount?: string | null;
  spentAmount?: string | null;
  /** The agency holding the money, when the document names one. */
  holderId?: string | null;
}

/**
 * The caller as the author of lines carried over from a source rather than typed: a printed document being imported,
 * or the accepted reports being consolidated. Those figures are the source's statement, so every line field may be
 * written; the rest of the write keeps the caller's own rights.
 */
export const asSourceFigures = (principal: Principal): Principal => ({
  ...principal,
  roles: [...new Set([...principal.roles, Role.EDITOR, Role.FINANCE])],
});

export type LineOwner = { plan: Plan; report?: undefined } | { report: Report; plan?: undefined };

const FIELDS = ['fiscalYear', 'source', 'description', 'plannedAmount', 'allocatedAmount', 'spentAmount'] as const;

/**
 * The one place a budget line's own figures are written. Each field needs the role that owns it (editors the
 * content and planned amount, finance the allocated and spent amounts, per `lineWritable`); a field resent
 * with its stored value needs nothing, so an editor saving a whole plan or report carries finance's figures
 * through unchanged, and a field left out keeps its stored value. `at` prefixes error fields (`budgetLines[2].`).
 */
export function applyLineFields(principal: Principal, line: BudgetLine, input: LineFields, onReport: boolean, at = ''): void {
  const allowed = lineWritable(principal, onReport);
  for (const field of FIELDS) {
    const value = input[field];
    if (value === undefined) continue;
    const stored = line.id ? (line[field] ?? null) : null;
    if ((value ?? null) === stored) continue;
    if (!allowed.has(field)) {
      throw forbidden(
        budgetLineWritable.FINANCE!.includes(field)
          ? 'Chỉ cán bộ tài chính được ghi số được giao và số đã chi.'
          : `Bạn không có quyền đặt trường "${field}".`,
        `${at}${field}`,
      );
    }
    (line as unknown as Record<string, unknown>)[field] = value;
  }
  if (line.fiscalYear === undefined || line.fiscalYear < 1945 || line.fiscalYear > 2100)
    throw badInput(`${at}fiscalYear`, 'Năm ngân sách phải từ 1945 đến 2100.');
  if (!line.description?.trim()) throw badInput(`${at}description`, 'Nội dung chi không được để trống.');
  if (!line.source) throw badInput(`${at}source`, 'Thiếu nguồn kinh phí.');
}

/** Places a line under exactly one owner, in the owner's unit; an activity must belong to the same plan. */
export function attachLine(line: BudgetLine, owner: LineOwner, activity: Activity | undefined, at = ''): void {
  if (activity && activity.plan.id !== owner.plan?.id)
    throw badInput(`${at}activityId`, 'Nội dung phải thuộc cùng kế hoạch với dòng kinh phí.');
  line.plan = owner.plan;
  line.report = owner.report;
  line.activity = activity;
  const parent = owner.plan ?? owner.report;
  line.administrativeUnit = parent.administrativeUnit;
  // Demo figures follow their document, so they stay out of real totals.
  line.demo = parent.demo;
}

/**
 * A plan's or report's list of lines, matched by id: sent lines with an id are updated in place (keeping their
 * id and whatever was not sent), lines without one are added, and stored lines left out are removed.
 */
export async function writeLines(
  em: EntityManager,
  principal: Principal,
  owner: LineOwner,
  inputs: (LineFields & { id?: string })[],
  path: string,
  activityOf: (input: LineFields & { id?: string }, at: string) => Activity | undefined = () => undefined,
): Promise<void> {
  const existing =
    owner.plan?.id || owner.report?.id ? await em.find(BudgetLine, owner.plan ? { plan: owner.plan } : { report: owner.report }) : [];
  const kept = new Set<number>();
  for (const [i, input] of inputs.entries()) {
    const at = `${path}[${i}].`;
    let line = new BudgetLine();
    if (input.id) {
      const found = existing.find((l) => l.id === Number(input.id));
      if (!found) throw badInput(`${at}id`, `Dòng kinh phí có mã ${input.id} không thuộc ${owner.plan ? 'kế hoạch' : 'báo cáo'} này.`);
      line = found;
      kept.add(line.id);
    }
    applyLineFields(principal, line, input, Boolean(owner.report), at);
    if (input.holderId !== undefined) line.holder = await optionalRef(em, Agency, input.holderId, `${at}holderId`, 'cơ quan giữ kinh phí');
    attachLine(line, owner, activityOf(input, at), at);
    line.position = i;
    em.persist(line);
  }
  for (const line of existing) if (!kept.has(line.id)) em.remove(line);
}
