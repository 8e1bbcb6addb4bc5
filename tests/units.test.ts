import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdministrativeUnitDocument, UnitsDocument } from './generated/graphql';
import { expectError, startApi, type Api } from './support/api';

describe('AdministrativeUnit', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => {
    await api?.stop();
  });

  it('anyone can list districts with their 2025 successors', async () => {
    const result = await api.request(UnitsDocument, { filter: { level: 'DISTRICT' } });
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
    const units = result.data!.allAdministrativeUnits;
    expect(units.length).toBeGreaterThan(0);
    expect(units.every((u) => u.level === 'DISTRICT')).toBe(true);
    expect(result.data!._allAdministrativeUnitsMeta.count).toBe(units.length);

    const boTrach = units.find((u) => u.code === '455');
    expect(boTrach?.successor?.fullName).toBe('Xã Hoàn Lão');
    const kimDong = units.find((u) => u.code === '331');
    expect(kimDong?.parent?.name).toBe('Hưng Yên');
  });

  it('an unknown unit id is refused with NOT_FOUND on field id', async () => {
    const result = await api.request(AdministrativeUnitDocument, { id: '999999' });
    expect(result.status).toBe(200);
    expectError(result, 'NOT_FOUND', 'id');
    expect(result.data?.AdministrativeUnit ?? null).toBeNull();
  });
});
