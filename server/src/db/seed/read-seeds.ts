import fs from 'node:fs';
import path from 'node:path';
import type {
  SeedAgency,
  SeedDocumentFile,
  SeedLegalDocument,
  SeedPlan,
  SeedReport,
  SeedUnit,
  SeedUnitsFile,
} from '../../../../seeds/types';
import { repoRoot } from '../../common/repo-root';

export interface SeedUser {
  username: string;
  displayName: string;
  unit: string;
  roles: string[];
}
/** A demo reporting client; `secret` is `ttdn_<id>_<random>` and the row gets that id. */
export interface SeedClient {
  name: string;
  unit: string;
  secret: string;
}

export interface SeedBundle {
  units: SeedUnit[];
  agencies: SeedAgency[];
  legalDocuments: SeedLegalDocument[];
  plans: SeedPlan[];
  reports: SeedReport[];
  users: SeedUser[];
  clients: SeedClient[];
  password: string;
}

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;

/** Merges catalogue entries that several files share by key; the same key must describe the same thing. */
function mergeByKey<T extends { key: string }>(items: T[], same: (a: T, b: T) => boolean, problems: string[], what: string): T[] {
  const byKey = new Map<string, T>();
  for (const item of items) {
    const known = byKey.get(item.key);
    if (!known) byKey.set(item.key, item);
    else if (!same(known, item)) problems.push(`${what} "${item.key}" is defined twice with different content`);
  }
  return [...byKey.values()];
}

/** Reads `seeds/` and checks every cross-reference before anything is written. */
export function readSeeds(dir = path.join(repoRoot(), 'seeds')): SeedBundle {
  const unitsFile = readJson<SeedUnitsFile>(path.join(dir, 'units.json'));
  const files = fs
    .readdirSync(path.join(dir, 'documents'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => readJson<SeedDocumentFile>(path.join(dir, 'documents', f)));
  const usersFile = readJson<{ password: string; users: SeedUser[]; clients?: SeedClient[] }>(path.join(dir, 'users.json'));
  const problems: string[] = [];

  const agencies = mergeByKey(
    [...unitsFile.agencies, ...files.flatMap((f) => f.agencies)],
    (a, b) => a.name === b.name && a.kind === b.kind && a.unit === b.unit,
    problems,
    'agency',
  );
  const legalDocuments = mergeByKey(
    files.flatMap((f) => f.legalDocuments),
    (a, b) => a.documentType === b.documentType && (a.issuedOn ?? null) === (b.issuedOn ?? null),
    problems,
    'legal document',
  );
  const bundle: SeedBundle = {
    units: unitsFile.units,
    agencies,
    legalDocuments,
    // Rows of illustrative files are marked so figures leave them out (issue 13).
    plans: files.flatMap((f) => f.plans.map((p) => ({ ...p, demo: f.source.startsWith('demo:') }))),
    reports: files.flatMap((f) => f.reports.map((r) => ({ ...r, demo: f.source.startsWith('demo:') }))),
    users: usersFile.users,
    clients: usersFile.clients ?? [],
    password: usersFile.password,
  };
  problems.push(...danglingReferences(bundle));
  if (problems.length) throw new Error(`Seed data is inconsistent:\n- ${problems.join('\n- ')}`);
  return bundle;
}

function danglingReferences(b: SeedBundle): string[] {
  const units = new Set(b.units.map((u) => u.code));
  const agencies = new Set(b.agencies.map((a) => a.key));
  const documents = new Set(b.legalDocuments.map((d) => d.key));
  const plans = new Set(b.plans.map((p) => p.key));
  const problems: string[] = [];
  const check = (set: Set<string>, value: string | undefined, where: string) => {
    if (value !== undefined && !set.has(value)) problems.push(`${where} refers to unknown "${value}"`);
  };
  for (const u of b.units) {
    check(units, u.parent, `unit ${u.code}.parent`);
    check(units, u.successor, `unit ${u.code}.successor`);
  }
  for (const a of b.agencies) {
    check(units, a.unit, `agency ${a.key}.unit`);
    check(agencies, a.parent, `agency ${a.key}.parent`);
  }
  for (const d of b.legalDocuments) [d.issuer, ...(d.coIssuers ?? [])].forEach((k) => check(agencies, k, `document ${d.key}.issuer`));
  for (const p of b.plans) {
    const at = `plan ${p.key}`;
    check(units, p.unit, `${at}.unit`);
    check(agencies, p.issuingAgency, `${at}.issuingAgency`);
    check(documents, p.document, `${at}.document`);
    check(plans, p.parentPlan, `${at}.parentPlan`);
    p.legalBases.forEach((l) => check(documents, l.document, `${at}.legalBases`));
    p.responsibilities.forEach((r) => [r.agency, ...(r.sharedWith ?? [])].forEach((k) => check(agencies, k, `${at}.responsibilities`)));
    p.recipients.forEach((r) => [r.agency, ...(r.agencies ?? [])].forEach((k) => check(agencies, k, `${at}.recipients`)));
    p.budgetLines.forEach((l) => check(agencies, l.holder, `${at}.budgetLines`));
    for (const r of p.reportingRequirements) {
      [r.reporter, r.reportToAgency, r.viaAgency, ...(r.reportToAgencies ?? [])].forEach((k) =>
        check(agencies, k, `${at}.reportingRequirements`),
      );
    }
    const walk = (list: SeedPlan['activities']) =>
      list.forEach((act) => {
        act.participants?.forEach((x) => check(agencies, x.agency, `${at} activity ${act.label}`));
        act.citedDocuments?.forEach((k) => check(documents, k, `${at} activity ${act.label}`));
        walk(act.children ?? []);
      });
    walk(p.activities);
  }
  for (const r of b.reports) {
    const at = `report ${r.key}`;
    check(units, r.unit, `${at}.unit`);
    check(agencies, r.issuingAgency, `${at}.issuingAgency`);
    check(documents, r.respondsTo, `${at}.respondsTo`);
    [...r.subjects, ...r.citedDocuments].forEach((k) => check(documents, k, `${at} documents`));
    r.recipients.forEach((x) => [x.agency, ...(x.agencies ?? [])].forEach((k) => check(agencies, k, `${at}.recipients`)));
    r.spendingLines.forEach((l) => check(agencies, l.holder, `${at}.spendingLines`));
  }
  for (const u of b.users) check(units, u.unit, `user ${u.username}.unit`);
  for (const c of b.clients) check(units, c.unit, `client ${c.name}.unit`);
  return problems;
}
