import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../../auth/password';
import type { SeedActivity, SeedBudgetLine, SeedRecipient, SeedSchedule, SeedSignature } from '../../../../seeds/types';
import { periodsOf } from '../../modules/activity/periods';
import type {
  ActivityCategory,
  AgencyKind,
  BudgetSource,
  DocumentType,
  FactSource,
  LegalBasisKind,
  ParticipantRole,
  PlanStatus,
  RecipientPurpose,
  ReportKind,
  ReportStatus,
  ResultStatus,
  Role,
  UnitKind,
  UnitLevel,
} from '../../common/enums';
import { Activity, ActivityCitation, ActivityParticipant } from '../../modules/activity/activity.entity';
import { Schedule } from '../../modules/activity/schedule.embeddable';
import { Agency } from '../../modules/agency/agency.entity';
import { BudgetLine } from '../../modules/budget/budget-line.entity';
import { LegalDocument } from '../../modules/legal-document/legal-document.entity';
import { parseSymbol } from '../../modules/legal-document/symbol';
import { PlanLegalBasis, Recipient, ReportingDeadline, ReportingRequirement, Responsibility } from '../../modules/plan/plan-parts.entity';
import { Plan } from '../../modules/plan/plan.entity';
import { Signature } from '../../modules/plan/signature.embeddable';
import { ReportDocument, ReportResult } from '../../modules/report/report-parts.entity';
import { Report } from '../../modules/report/report.entity';
import { AdministrativeUnit } from '../../modules/unit/unit.entity';
import { User } from '../../modules/user/user.entity';
import { ApiClient } from '../../modules/api-client/api-client.entity';
import { sha256 } from '../../auth/tokens';
import { REBUILD_UNIT_PATHS } from '../../modules/unit/unit-subtree';
import { deriveObligations } from '../../modules/obligation/obligation.service';
import { readSeeds, type SeedBundle } from './read-seeds';

const signatureOf = (s?: SeedSignature) => Object.assign(new Signature(), s ?? {});

function scheduleOf(s: SeedSchedule | undefined): Schedule {
  const schedule = Object.assign(new Schedule(), {
    label: s?.label,
    startDate: s?.startDate,
    endDate: s?.endDate,
    quarters: s?.quarters ?? [],
    continuous: s?.continuous ?? false,
    source: (s?.source ?? 'PRINTED') as FactSource,
  });
  schedule.periods = s?.periods ?? periodsOf(schedule);
  return schedule;
}

/** Writes the seed bundle in one transaction: either every document lands complete or nothing does. */
export async function loadSeeds(em: EntityManager, bundle: SeedBundle = readSeeds()): Promise<void> {
  await em.transactional(async (tx) => {
    const units = new Map<string, AdministrativeUnit>();
    for (const u of bundle.units) {
      units.set(
        u.code,
        tx.create(AdministrativeUnit, {
          code: u.code,
          name: u.name,
          fullName: u.fullName,
          kind: u.kind as UnitKind,
          level: u.level as UnitLevel,
          validFrom: u.validFrom,
          validTo: u.validTo,
        }),
      );
    }
    for (const u of bundle.units) {
      const unit = units.get(u.code)!;
      if (u.parent) unit.parent = units.get(u.parent);
      if (u.successor) unit.successor = units.get(u.successor);
    }
    await tx.flush();
    await tx.execute(REBUILD_UNIT_PATHS);

    const agencies = new Map<string, Agency>();
    for (const a of bundle.agencies) {
      agencies.set(
        a.key,
        tx.create(Agency, {
          key: a.key,
          name: a.name,
          shortName: a.shortName,
          kind: a.kind as AgencyKind,
          administrativeUnit: units.get(a.unit)!,
          contactEmail: a.contactEmail,
          contactPhone: a.contactPhone,
        }),
      );
    }
    for (const a of bundle.agencies) if (a.parent) agencies.get(a.key)!.parent = agencies.get(a.parent);

    const documents = new Map<string, LegalDocument>();
    for (const d of bundle.legalDocuments) {
      documents.set(
        d.key,
        tx.create(LegalDocument, {
          key: d.key,
          documentType: d.documentType as DocumentType,
          symbol: d.symbol,
          ...parseSymbol(d.symbol),
          printedSymbol: d.printedSymbol,
          symbolNote: d.symbolNote,
          issuerSource: (d.issuerSource ?? 'PRINTED') as FactSource,
          issuedOn: d.issuedOn,
          issuer: d.issuer ? agencies.get(d.issuer) : undefined,
          issuerName: d.issuerName,
          title: d.title,
          coIssuers: (d.coIssuers ?? []).map((k) => agencies.get(k)!),
        }),
      );
    }

    const keys = (list: (string | undefined)[]) => [...new Set(list.filter((k): k is string => Boolean(k)))].map((k) => agencies.get(k)!);
    const recipients = (list: SeedRecipient[], owner: { plan?: Plan; report?: Report }) =>
      list.forEach((r, position) =>
        tx.create(Recipient, {
          ...owner,
          name: r.name,
          agency: r.agency ? agencies.get(r.agency) : undefined,
          purpose: r.purpose as RecipientPurpose,
          position,
          agencies: keys([r.agency, ...(r.agencies ?? [])]),
        }),
      );
    const budgetLine = (
      l: SeedBudgetLine,
      position: number,
      owner: { plan?: Plan; report?: Report; activity?: Activity; administrativeUnit: AdministrativeUnit; demo: boolean },
    ) =>
      tx.create(BudgetLine, {
        ...owner,
        fiscalYear: l.fiscalYear,
        source: l.source as BudgetSource,
        description: l.description,
        section: l.section,
        holder: l.holder ? agencies.get(l.holder) : undefined,
        plannedAmount: l.plannedAmount ?? null,
        allocatedAmount: l.allocatedAmount ?? null,
        spentAmount: l.spentAmount ?? null,
        position,
      });

    const plans = new Map<string, Plan>();
    for (const p of bundle.plans) {
      const unit = units.get(p.unit)!;
      const plan = tx.create(Plan, {
        title: p.title,
        symbol: p.symbol,
        place: p.place,
        issuedOn: p.issuedOn,
        dateLabel: p.dateLabel,
        status: p.status as PlanStatus,
        startYear: p.startYear,
        endYear: p.endYear ?? null,
        administrativeUnit: unit,
        numberUnknown: p.numberUnknown ?? false,
        demo: p.demo ?? false,
        issuingAgency: agencies.get(p.issuingAgency)!,
        document: p.document ? documents.get(p.document) : undefined,
        preamble: p.preamble,
        objectives: p.objectives,
        requirements: p.requirements,
        budgetNote: p.budgetNote,
        closing: p.closing,
        internalNote: p.internalNote,
        signature: signatureOf(p.signature),
      });
      plans.set(p.key, plan);
      p.legalBases.forEach((l, position) =>
        tx.create(PlanLegalBasis, { plan, document: documents.get(l.document)!, kind: l.kind as LegalBasisKind, position }),
      );
      const byLabel = new Map<string, Activity>();
      let position = 0;
      const addActivities = (list: SeedActivity[], parent?: Activity) =>
        list.forEach((a) => {
          const activity = tx.create(Activity, {
            plan,
            parent,
            label: a.label,
            position: position++,
            title: a.title,
            description: a.description,
            category: a.category as ActivityCategory,
            schedule: scheduleOf(a.schedule),
            location: a.location,
            confidential: a.confidential ?? false,
          });
          byLabel.set(a.label, activity);
          a.participants?.forEach((x, i) =>
            tx.create(ActivityParticipant, {
              activity,
              agency: agencies.get(x.agency)!,
              role: x.role as ParticipantRole,
              note: x.note,
              position: i,
              source: (x.source ?? 'PRINTED') as FactSource,
            }),
          );
          a.citedDocuments?.forEach((key) => tx.create(ActivityCitation, { activity, document: documents.get(key)! }));
          addActivities(a.children ?? [], activity);
        });
      addActivities(p.activities);
      p.budgetLines.forEach((l, i) =>
        budgetLine(l, i, {
          plan,
          activity: l.activity ? byLabel.get(l.activity) : undefined,
          administrativeUnit: unit,
          demo: p.demo ?? false,
        }),
      );
      p.responsibilities.forEach((r, i) =>
        tx.create(Responsibility, {
          plan,
          agency: agencies.get(r.agency)!,
          duties: r.duties,
          position: i,
          source: (r.source ?? 'PRINTED') as FactSource,
          sharedWith: keys(r.sharedWith ?? []),
        }),
      );
      p.reportingRequirements.forEach((r, i) => {
        const requirement = tx.create(ReportingRequirement, {
          plan,
          description: r.description,
          reportTo: r.reportTo,
          via: r.via,
          position: i,
          reporter: r.reporter ? agencies.get(r.reporter) : undefined,
          reportToAgency: r.reportToAgency ? agencies.get(r.reportToAgency) : undefined,
          viaAgency: r.viaAgency ? agencies.get(r.viaAgency) : undefined,
          reportToAgencies: keys([r.reportToAgency, ...(r.reportToAgencies ?? [])]),
        });
        r.deadlines.forEach((d) => tx.create(ReportingDeadline, { requirement, ...d }));
      });
      recipients(p.recipients, { plan });
    }
    for (const p of bundle.plans) if (p.parentPlan) plans.get(p.key)!.parentPlan = plans.get(p.parentPlan);

    for (const r of bundle.reports) {
      const unit = units.get(r.unit)!;
      const report = tx.create(Report, {
        title: r.title,
        symbol: r.symbol,
        kind: r.kind as ReportKind,
        status: r.status as ReportStatus,
        dateLabel: r.dateLabel,
        issuedOn: r.issuedOn,
        periodStart: r.periodStart,
        periodEnd: r.periodEnd,
        administrativeUnit: unit,
        issuingAgency: agencies.get(r.issuingAgency)!,
        respondsTo: r.respondsTo ? documents.get(r.respondsTo) : undefined,
        preamble: r.preamble,
        sections: r.sections,
        metrics: r.metrics,
        spending: r.spendingTotal ?? null,
        allocated: r.allocatedTotal ?? null,
        demo: r.demo ?? false,
        nextTasks: r.nextTasks,
        recommendations: r.recommendations,
        closing: r.closing,
        signature: signatureOf(r.signature),
      });
      r.subjects.forEach((key) => tx.create(ReportDocument, { report, document: documents.get(key)!, subject: true }));
      r.citedDocuments.forEach((key) => tx.create(ReportDocument, { report, document: documents.get(key)!, subject: false }));
      r.results.forEach((x, position) =>
        tx.create(ReportResult, {
          report,
          heading: x.heading,
          outcome: x.outcome,
          status: (x.status ?? null) as ResultStatus | null,
          position,
        }),
      );
      r.spendingLines.forEach((l, i) => budgetLine(l, i, { report, administrativeUnit: unit, demo: r.demo ?? false }));
      recipients(r.recipients, { report });
    }

    const passwordHash = await hashPassword(bundle.password);
    for (const u of bundle.users) {
      tx.create(User, {
        username: u.username,
        displayName: u.displayName,
        administrativeUnit: units.get(u.unit)!,
        roles: u.roles as Role[],
        passwordHash,
      });
    }
    for (const c of bundle.clients) {
      tx.create(ApiClient, {
        id: Number(c.secret.split('_')[1]),
        name: c.name,
        administrativeUnit: units.get(c.unit)!,
        secretHash: sha256(c.secret),
      });
    }
    await tx.flush();
    // Issued plans owe what the API would have derived when issuing them.
    for (const plan of plans.values()) if (plan.status === 'ISSUED') await deriveObligations(tx, plan);
    // Ids given explicitly above must not be handed out again by the sequence.
    await tx.execute(`select setval(pg_get_serial_sequence('api_client', 'id'), coalesce((select max(id) from api_client), 1))`);
  });
}
