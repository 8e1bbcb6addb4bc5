import type { EntityManager } from '@mikro-orm/postgresql';
import { optionalRef, requireRef } from '../../common/refs';
import type { Context } from '../../context';
import { Agency } from '../agency/agency.entity';
import type { Report } from '../report/report.entity';
import type { Plan } from './plan.entity';
import type { RecipientInput } from './plan.inputs';
import { Recipient } from './plan-parts.entity';

/** Agencies named by id in an input list, each checked (`field[i]` names a missing one). */
export async function agencyRefs(em: EntityManager, ids: string[] | undefined, field: string): Promise<Agency[]> {
  const agencies: Agency[] = [];
  for (const [i, id] of (ids ?? []).entries()) agencies.push(await requireRef(em, Agency, id, `${field}[${i}]`, 'cơ quan'));
  return agencies;
}

/** A "Nơi nhận" line of a plan or report; `agency` is the first of the agencies it names. */
export async function recipientFrom(
  em: EntityManager,
  r: RecipientInput,
  i: number,
  owner: { plan?: Plan; report?: Report },
): Promise<Recipient> {
  const agency = await optionalRef(em, Agency, r.agencyId, `recipients[${i}].agencyId`, 'cơ quan');
  const recipient = em.create(Recipient, { ...owner, name: r.name, agency, purpose: r.purpose, position: i });
  const named = await agencyRefs(em, r.agencyIds, `recipients[${i}].agencyIds`);
  recipient.agencies.set(agency && !named.some((a) => a.id === agency.id) ? [agency, ...named] : named);
  return recipient;
}

/**
 * The agencies a pivot table links to each owner row, batched per request: `pivot` is one of the tables of
 * migration 20261202030200 and `column` its owner column. Agencies are a public catalogue.
 */
export async function linkedAgencies(ctx: Context, pivot: string, column: string, ownerId: number): Promise<Agency[]> {
  const ids = await ctx.loaders
    .batch<number[]>(`${pivot}#links`, async (owners) => {
      const rows = await ctx.em.execute<{ owner: number; agency_id: number }[]>(
        `select ${column} as owner, agency_id from ${pivot} where ${column} in (${owners.map(() => '?').join(', ')}) order by agency_id`,
        [...owners],
      );
      return owners.map((o) => rows.filter((r) => r.owner === o).map((r) => r.agency_id));
    })
    .load(ownerId);
  const agencies = await Promise.all(ids.map((id) => ctx.loaders.one(Agency, { id })));
  return agencies.filter((a): a is Agency => Boolean(a));
}
