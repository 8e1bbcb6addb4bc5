import type { FilterQuery } from '@mikro-orm/postgresql';
import type { AdministrativeUnit } from './unit.entity';

/** Units that existed at some time between two ISO dates (units are created and abolished; history stays). */
export const existedDuring = (start: string, end: string): { $and: FilterQuery<AdministrativeUnit>[] } => ({
  $and: [{ $or: [{ validFrom: null }, { validFrom: { $lte: end } }] }, { $or: [{ validTo: null }, { validTo: { $gte: start } }] }],
});
