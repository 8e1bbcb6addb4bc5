import http from 'node:http';
import { Pool } from 'pg';

/**
 * The raw-SQL baseline: one hand-written statement per workload that builds the whole JSON answer in
 * PostgreSQL, behind a bare node:http handler — the floor any GraphQL layer is measured against.
 */
const money = (column: string) => `${column}::text`;

const participants = `(select coalesce(json_agg(json_build_object('role', ap.role, 'agency', json_build_object('name', g.name)) order by ap.position, ap.id), '[]')
  from activity_participant ap join agency g on g.id = ap.agency_id where ap.activity_id = a.id)`;

const NESTED = `select json_build_object('data', json_build_object('allPlans', coalesce(json_agg(x order by x.id), '[]'))) from (
  select p.id::text as id, p.title, p.symbol, p.issued_on as "issuedOn",
    json_build_object('name', u.name) as "administrativeUnit", json_build_object('name', ag.name) as "issuingAgency",
    (select coalesce(json_agg(json_build_object('label', a.label, 'title', a.title, 'category', a.category, 'participants', ${participants}) order by a.position, a.id), '[]')
      from activity a where a.plan_id = p.id) as activities,
    (select coalesce(json_agg(json_build_object('fiscalYear', b.fiscal_year, 'source', b.source, 'plannedAmount', ${money('b.planned_amount')},
      'allocatedAmount', ${money('b.allocated_amount')}, 'spentAmount', ${money('b.spent_amount')}) order by b.position, b.id), '[]')
      from budget_line b where b.plan_id = p.id) as "budgetLines"
  from plan p join administrative_unit u on u.id = p.administrative_unit_id join agency ag on ag.id = p.issuing_agency_id
  where p.status = 'ISSUED' and p.start_year <= $2 and p.end_year >= $2 order by p.id limit $1) x`;

/** The public's view: issued plans (the filter), their activities but confidential ones and their subtrees, and the planned total. */
const PUBLIC = `select json_build_object('data', json_build_object('allPlans', coalesce(json_agg(x order by x.id), '[]'))) from (
  select p.id::text as id, p.title, p.symbol, p.issued_on as "issuedOn",
    (select sum(b.planned_amount)::text from budget_line b where b.plan_id = p.id) as "budgetTotal",
    json_build_object('name', u.name) as "administrativeUnit", json_build_object('name', ag.name) as "issuingAgency",
    (select coalesce(json_agg(json_build_object('label', a.label, 'title', a.title, 'category', a.category, 'participants', ${participants}) order by a.position, a.id), '[]')
      from activity a where a.plan_id = p.id and not a.concealed) as activities
  from plan p join administrative_unit u on u.id = p.administrative_unit_id join agency ag on ag.id = p.issuing_agency_id
  where p.status = 'ISSUED' and p.start_year <= $2 and p.end_year >= $2 order by p.id limit $1) x`;

const PLAN = `select json_build_object('data', json_build_object('Plan', (
  select json_build_object('id', p.id::text, 'title', p.title, 'symbol', p.symbol, 'place', p.place, 'issuedOn', p.issued_on, 'status', p.status,
    'startYear', p.start_year, 'endYear', p.end_year, 'objectives', p.objectives, 'requirements', p.requirements, 'budgetNote', p.budget_note,
    'budgetTotal', (select sum(b.planned_amount)::text from budget_line b where b.plan_id = p.id),
    'administrativeUnit', json_build_object('name', u.name, 'parent', (select json_build_object('name', pu.name) from administrative_unit pu where pu.id = u.parent_id)),
    'issuingAgency', json_build_object('name', ag.name),
    'parentPlan', (select json_build_object('id', pp.id::text, 'title', pp.title) from plan pp where pp.id = p.parent_plan_id),
    'legalBases', (select coalesce(json_agg(json_build_object('kind', lb.kind, 'document', json_build_object('symbol', d.symbol, 'title', d.title)) order by lb.position, lb.id), '[]')
      from plan_legal_basis lb join legal_document d on d.id = lb.document_id where lb.plan_id = p.id),
    'activities', (select coalesce(json_agg(json_build_object('label', a.label, 'title', a.title, 'description', a.description, 'category', a.category,
        'location', a.location, 'participants', ${participants},
        'budgetLines', (select coalesce(json_agg(json_build_object('source', b.source, 'plannedAmount', ${money('b.planned_amount')}) order by b.position, b.id), '[]')
          from budget_line b where b.activity_id = a.id)) order by a.position, a.id), '[]') from activity a where a.plan_id = p.id),
    'budgetLines', (select coalesce(json_agg(json_build_object('fiscalYear', b.fiscal_year, 'source', b.source, 'description', b.description,
        'plannedAmount', ${money('b.planned_amount')}, 'allocatedAmount', ${money('b.allocated_amount')}, 'spentAmount', ${money('b.spent_amount')}) order by b.position, b.id), '[]')
      from budget_line b where b.plan_id = p.id))
  from plan p join administrative_unit u on u.id = p.administrative_unit_id join agency ag on ag.id = p.issuing_agency_id where p.id = $1)))`;

// Demo lines stay out of figures unless asked for, as in the API's summary.
// A unit's province is the second id on its path ('/1/<province>/…'), worked out once per unit (materialized) rather than per line;
// units above province level stay themselves.
const SUMMARY = `with province as materialized (select u.id, coalesce(nullif(split_part(u.path, '/', 3), '')::int, u.id) as province_id from administrative_unit u),
  sums as (select p.province_id as unit_id, b.fiscal_year,
      coalesce(sum(b.planned_amount), 0)::text as planned, coalesce(sum(b.allocated_amount), 0)::text as allocated,
      coalesce(sum(b.spent_amount), 0)::text as spent, count(*)::int as line_count
    from budget_line b join province p on p.id = b.administrative_unit_id where not b.demo group by 1, 2)
  select json_build_object('data', json_build_object('budgetSummary', json_build_object('rows', coalesce(json_agg(json_build_object(
    'administrativeUnit', json_build_object('id', u.id::text, 'name', u.name), 'fiscalYear', s.fiscal_year,
    'plannedAmount', s.planned, 'allocatedAmount', s.allocated, 'spentAmount', s.spent, 'lineCount', s.line_count) order by s.unit_id, s.fiscal_year), '[]'))))
  from sums s join administrative_unit u on u.id = s.unit_id`;

export function startRawServer(pool: Pool, port: number): Promise<http.Server> {
  const server = http.createServer(
    (req, res) =>
      void (async () => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const n = (name: string) => Number(url.searchParams.get(name));
        const statement =
          url.pathname === '/nested'
            ? { text: NESTED, values: [n('perPage'), n('year')] }
            : url.pathname === '/public'
              ? { text: PUBLIC, values: [n('perPage'), n('year')] }
              : url.pathname === '/plan'
                ? { text: PLAN, values: [n('id')] }
                : url.pathname === '/summary'
                  ? { text: SUMMARY, values: [] }
                  : undefined;
        if (!statement) {
          res.writeHead(404).end();
          return;
        }
        try {
          // The answer leaves PostgreSQL as text and goes out as it is: no parse and re-serialise in Node.
          const result = await pool.query({ text: `select (${statement.text})::text`, values: statement.values, rowMode: 'array' });
          res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(result.rows[0][0]);
        } catch (error) {
          res.writeHead(500).end(String(error));
        }
      })(),
  );
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (require.main === module) {
  void startRawServer(new Pool({ connectionString: process.env.DATABASE_URL!, max: 10 }), Number(process.env.PORT)).then(() =>
    process.send?.('ready'),
  );
}
