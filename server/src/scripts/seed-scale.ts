import 'reflect-metadata';
import { openDatabase } from '../db/database';
import { migrate, openOrm } from '../db/orm';
import { loadSeeds } from '../db/seed/load-seeds';
import { seedScale } from '../db/seed/scale';
import { AdministrativeUnit } from '../modules/unit/unit.entity';

/** `npm run seed:scale -- <factor>`: synthetic national-scale data on top of the demo data, in the database of `npm start`. */
async function main() {
  const factor = Number(process.argv[2] ?? 1);
  if (!(factor > 0 && factor <= 20)) throw new Error('Hệ số phải là số dương, tối đa 20 (1 ≈ 10.000 kế hoạch).');
  const database = await openDatabase();
  const orm = await openOrm({ databaseUrl: database.url });
  try {
    await migrate(orm);
    if ((await orm.em.fork().count(AdministrativeUnit)) === 0) await loadSeeds(orm.em.fork());
    const started = Date.now();
    await seedScale(orm.em.fork(), factor, console.log);
    const [counts] = await orm.em.fork()
      .execute(`select (select count(*) from plan)::int as plans, (select count(*) from activity)::int as activities,
      (select count(*) from activity_participant)::int as participants, (select count(*) from budget_line)::int as "budgetLines",
      (select count(*) from administrative_unit)::int as units, (select count(*) from agency)::int as agencies`);
    console.log(`Xong sau ${((Date.now() - started) / 1000).toFixed(1)} s:`, counts);
  } finally {
    await orm.close();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
