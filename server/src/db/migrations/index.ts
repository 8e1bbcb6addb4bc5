import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123143055 } from './Migration20261123143055';
import { Migration20261123150000 } from './Migration20261123150000';
import { Migration20261123150225 } from './Migration20261123150225';
import { Migration20261123163110 } from './Migration20261123163110';
import { Migration20261202010000 } from './Migration20261202010000';
import { Migration20261202020000 } from './Migration20261202020000';
import { Migration20261202030100 } from './Migration20261202030100';
import { Migration20261202030200 } from './Migration20261202030200';
import { Migration20261202040000 } from './Migration20261202040000';
import { Migration20261202060000 } from './Migration20261202060000';
import { Migration20261202070000 } from './Migration20261202070000';
import { Migration20261202080000 } from './Migration20261202080000';

/** Applied in this order by `migrate()`; a new migration is added here as well as in this folder. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261123143055', class: Migration20261123143055 },
  { name: 'Migration20261123150000', class: Migration20261123150000 },
  { name: 'Migration20261123150225', class: Migration20261123150225 },
  { name: 'Migration20261123163110', class: Migration20261123163110 },
  { name: 'Migration20261202010000', class: Migration20261202010000 },
  { name: 'Migration20261202020000', class: Migration20261202020000 },
  { name: 'Migration20261202030100', class: Migration20261202030100 },
  { name: 'Migration20261202030200', class: Migration20261202030200 },
  { name: 'Migration20261202040000', class: Migration20261202040000 },
  { name: 'Migration20261202060000', class: Migration20261202060000 },
  { name: 'Migration20261202070000', class: Migration20261202070000 },
  { name: 'Migration20261202080000', class: Migration20261202080000 },
];
