import type { EntityManager } from '@mikro-orm/postgresql';
import { AgencyKind } from '../../common/enums';
import { badInput } from '../../common/errors';
import type { Agency } from '../agency/agency.entity';

/** One shared series is stored under this key; a per-kind series under the kind's code (`KH`, `BC`…). */
const SHARED_SERIES = '*';

/** Issuer abbreviations Decree 30 prints for the bodies that issue plans, when the agency has none of its own. */
const CODE_BY_KIND: Partial<Record<AgencyKind, string>> = {
  [AgencyKind.PEOPLES_COMMITTEE]: 'UBND',
  [AgencyKind.PEOPLES_COUNCIL]: 'HĐND',
};

/** Initials of the agency's name without "và" and tone marks: "Sở Thông tin và Truyền thông" → "STTTT", as offices print it. */
const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter((w) => w && w.toLowerCase() !== 'và')
    .map((w) =>
      w[0]
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toUpperCase(),
    )
    .join('');

export function issuerCode(agency: Agency): string {
  const code = agency.documentCode ?? CODE_BY_KIND[agency.kind] ?? initials(agency.name);
  if (!code) throw badInput('issuingAgencyId', `Cơ quan "${agency.name}" chưa có chữ viết tắt dùng trong số ký hiệu văn bản.`);
  return code;
}

/**
 * The next number of the issuing body's register for `year` (Decree 30/2020/NĐ-CP: numbering restarts at 01 on
 * 1 January). One upsert on the register's row: concurrent issuers queue on that row's lock, and the number is taken
 * inside the caller's transaction, so a rolled-back issue gives its number back and no number is ever skipped.
 */
export async function takeNumber(em: EntityManager, agency: Agency, year: number, typeCode: string): Promise<number> {
  const series = agency.registerPerKind ? typeCode : SHARED_SERIES;
  const rows = await em.execute<{ last_number: number }[]>(
    `insert into document_register (agency_id, year, series, last_number) values (?, ?, ?, 1)
       on conflict (agency_id, year, series) do update set last_number = document_register.last_number + 1
       returning last_number`,
    [agency.id, year, series],
  );
  return rows[0].last_number;
}

/** `66/KH-UBND`; numbers below 10 are printed with a leading zero (`01/KH-UBND`). */
export const buildSymbol = (number: number, typeCode: string, issuer: string) => `${String(number).padStart(2, '0')}/${typeCode}-${issuer}`;
