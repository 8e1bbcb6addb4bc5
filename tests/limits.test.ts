import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlansDocument, PortalNestedDocument } from './generated/graphql';
import { startApi, expectError, type Api } from './support/api';

let api: Api;
beforeAll(async () => {
  api = await startApi({ as: 'trunguong.viewer' });
}); // the console's widest reader
afterAll(() => api.stop());

const post = (body: string) => fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

describe('Query limits', () => {
  it('anyone asking for a query nested too deeply is refused with the depth limit named', async () => {
    const nested = (n: number): string => (n === 0 ? 'id' : `id parent { ${nested(n - 1)} }`);
    const result = await api.request(`query { allAdministrativeUnits { ${nested(10)} } }`);
    expect(result.status).toBe(400);
    const error = expectError(result, 'QUERY_LIMIT_EXCEEDED');
    expect(error.extensions).toMatchObject({ limit: 'depth', max: 10, actual: 12 });
    expect(error.message).toMatch(/độ sâu/);
    expect((await api.request(`query { allAdministrativeUnits { ${nested(8)} } }`)).errors).toBeUndefined();
  });

  it('anyone using too many aliases is refused with the alias limit named', async () => {
    const aliases = Array.from({ length: 21 }, (_, i) => `a${i}: _allPlansMeta { count }`).join(' ');
    expect(expectError(await api.request(`query { ${aliases} }`), 'QUERY_LIMIT_EXCEEDED').extensions).toMatchObject({
      limit: 'aliases',
      actual: 21,
    });
  });

  it('anyone asking for too much data at once is refused with the cost limit named, whether perPage is inline or a variable', async () => {
    const query = 'query ($perPage: Int) { allPlans(perPage: $perPage) { activities { participants { agency { name } } } } }';
    const tooMuch = await api.request(query, { perPage: 1000 });
    expect(expectError(tooMuch, 'QUERY_LIMIT_EXCEEDED').extensions).toMatchObject({ limit: 'cost', max: 200000, actual: 211001 });
    expect(tooMuch.data).toBeUndefined();
    expect((await api.request(query, { perPage: 50 })).errors).toBeUndefined();
    expectError(
      await api.request('query { allPlans(perPage: 1000) { activities { participants { agency { name } } } } }'),
      'QUERY_LIMIT_EXCEEDED',
    );
  });

  it('the console and the portal can run their own queries', async () => {
    // What react-admin does: introspection at start-up, plan pages with every part, a list of up to 1000 rows with
    // `data`/`total` aliases and the ids of related rows.
    expect((await api.request(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }))).errors).toBeUndefined();
    expect((await api.request(PlansDocument, { perPage: 100 })).errors).toBeUndefined();
    const list = await api.request(`query { data: allPlans(page: 0, perPage: 1000, sortField: "id", sortOrder: ASC) {
      id title symbol place issuedOn status startYear endYear administrativeUnitId issuingAgencyId parentPlanId budgetNote budgetTotal objectives requirements
      administrativeUnit { id } issuingAgency { id } activities { id } budgetLines { id } legalBases { kind document { id } } childPlans { id }
    } total: _allPlansMeta { count } }`);
    expect(list.errors).toBeUndefined();
    expect((await api.request(PortalNestedDocument, { perPage: 50 })).errors).toBeUndefined();
  });

  it('anyone sending an oversized body or a document with too many tokens is refused', async () => {
    const huge = await post(JSON.stringify({ query: `query { __typename } # ${'x'.repeat(1_100_000)}` }));
    expect(huge.status).toBe(413);
    expect((await huge.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const manyTokens = await post(JSON.stringify({ query: `query { ${Array.from({ length: 21_000 }, () => '__typename').join(' ')} }` }));
    const body = await manyTokens.json();
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(body.errors[0].message).toMatch(/tokens/);
  });
});
