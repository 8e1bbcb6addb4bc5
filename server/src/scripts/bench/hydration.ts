import 'reflect-metadata';
import { openOrm } from '../../db/orm';
import { Activity } from '../../modules/activity/activity.entity';
import { BudgetLine } from '../../modules/budget/budget-line.entity';

/**
 * `npm run bench:hydration` (after `npm run bench` has built `ttdn_bench`): the CPU one loader batch of the portal
 * list costs as managed MikroORM entities versus as raw rows — the ORM's share of the nested list's cost.
 */
async function main() {
  const url = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  url.pathname = '/ttdn_bench';
  const orm = await openOrm({ databaseUrl: url.toString() });
  const [{ first }] = await orm.em
    .fork()
    .execute(`select min(id)::int as first from plan where status = 'ISSUED' and start_year = 2024 and id > 100`);
  const planIds = Array.from({ length: 50 }, (_, i) => first + i * 5);
  for (const entity of [BudgetLine, Activity] as const) {
    for (const mode of ['entities', 'raw rows'] as const) {
      let rows = 0;
      const cpu = process.cpuUsage();
      for (let i = 0; i < 20; i++) {
        const qb = orm.em
          .fork()
          .createQueryBuilder(entity as typeof BudgetLine, 'e')
          .where({ plan: { $in: planIds } });
        rows = (mode === 'entities' ? await qb.getResultList() : await qb.execute('all', false)).length;
      }
      const used = process.cpuUsage(cpu);
      console.log(`${entity.name} × ${rows} as ${mode}: ${((used.user + used.system) / 20_000).toFixed(1)} ms CPU per batch`);
    }
  }
  await orm.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
