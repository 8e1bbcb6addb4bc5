import type { EntityManager } from '@mikro-orm/postgresql';
import { conflict } from '../../common/errors';

interface SymbolClaim {
  table: 'legal_document' | 'plan';
  issuerColumn: 'issuer_name' | 'issuing_agency_id';
  issuer: string | number;
  symbol?: string | null;
  issuedOn?: string | null;
  exceptId?: number;
}

/** A number-symbol identifies one text per issuer and year; a second use is refused before anything is written. */
export async function assertSymbolFree(em: EntityManager, claim: SymbolClaim): Promise<void> {
  if (!claim.symbol) return;
  const rows = await em.execute(
    `select 1 from ${claim.table} where ${claim.issuerColumn} = ? and symbol = ?
       and date_part('year', issued_on) is not distinct from date_part('year', ?::date) and id <> ? limit 1`,
    [claim.issuer, claim.symbol, claim.issuedOn ?? null, claim.exceptId ?? 0],
  );
  if (rows.length) throw conflict('symbol', `Số ký hiệu "${claim.symbol}" đã được cơ quan này dùng trong năm đó.`);
}
