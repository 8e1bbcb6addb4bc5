import { AgenciesDocument, LegalDocumentsDocument, UnitsDocument } from '../generated/graphql';
import type { Api } from './api';

/** Looks up seeded rows by their stable codes and keys, so tests name "Bố Trạch" instead of an id. */
export async function unitId(api: Api, code: string): Promise<string> {
  const result = await api.request(UnitsDocument, { filter: { code } });
  const unit = result.data?.allAdministrativeUnits[0];
  if (!unit) throw new Error(`unit ${code} not seeded`);
  return unit.id;
}

export async function agencyId(api: Api, key: string): Promise<string> {
  const result = await api.request(AgenciesDocument, { filter: { q: '' }, perPage: 1000 });
  const agency = result.data?.allAgencies.find((a) => a.key === key);
  if (!agency) throw new Error(`agency ${key} not seeded`);
  return agency.id;
}

export async function documentId(api: Api, symbol: string): Promise<string> {
  const result = await api.request(LegalDocumentsDocument, { filter: { symbol } });
  const document = result.data?.allLegalDocuments[0];
  if (!document) throw new Error(`document ${symbol} not seeded`);
  return document.id;
}

/** A new account made by `admin` (demo password), for tests that need a role mix the demo data lacks. */
export async function createUser(api: Api, username: string, unitCode: string, roles: string[]): Promise<string> {
  const admin = await api.login('admin');
  const result = await api.request(
    'mutation U($u: String!, $unit: ID!, $roles: [Role!]) { createUser(username: $u, displayName: $u, password: "demo1234", administrativeUnitId: $unit, roles: $roles) { id } }',
    { u: username, unit: await unitId(api, unitCode), roles },
    admin,
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return api.login(username);
}
