import type { EntityManager } from '@mikro-orm/postgresql';
import { REBUILD_UNIT_PATHS } from '../../modules/unit/unit-subtree';

/** Synthetic units carry this code prefix, so a scaled database can be told apart from demo data. */
export const SCALE_PREFIX = 'S-';
export const SCALE_YEARS = [2021, 2022, 2023, 2024, 2025] as const;
export const ACTIVITIES_PER_PLAN = 10;
export const LINES_PER_ACTIVITY = 3;

/** The shape of the synthetic tree for a factor: 1 gives 63 provinces, 315 districts, 1,575 communes (1,953 units × 5 years ≈ 10,000 plans). */
export function scaleShape(factor: number) {
  return {
    provinces: Math.max(1, Math.ceil(63 * Math.min(factor, 1))),
    districtsPerProvince: Math.max(1, Math.round(5 * Math.max(factor, 1))),
    communesPerDistrict: 5,
  };
}

// Place-name syllables and activity titles in the style of the seed documents; names need not be unique, codes are.
const SYLLABLES = [
  'An',
  'Bình',
  'Phú',
  'Hòa',
  'Tân',
  'Thạnh',
  'Long',
  'Đông',
  'Tây',
  'Nam',
  'Bắc',
  'Sơn',
  'Thủy',
  'Hải',
  'Quang',
  'Đức',
  'Vĩnh',
  'Phước',
  'Xuân',
  'Trung',
  'Lộc',
  'Mỹ',
  'Hưng',
  'Thành',
  'Cẩm',
  'Kim',
  'Ngọc',
  'Hồng',
  'Lạc',
  'Đồng',
];
const ACTIVITY_TITLES = [
  'Tuyên truyền về chủ quyền biển, đảo Việt Nam',
  'Quảng bá hình ảnh địa phương tới bạn bè quốc tế',
  'Thông tin về thành tựu phát triển kinh tế - xã hội',
  'Đấu tranh phản bác thông tin sai lệch, xuyên tạc',
  'Tổ chức hội nghị tập huấn nghiệp vụ thông tin đối ngoại',
  'Xúc tiến đầu tư, thương mại và du lịch',
  'Đón tiếp, hỗ trợ phóng viên nước ngoài tác nghiệp',
  'Kỷ niệm các ngày lễ lớn và sự kiện đối ngoại',
  'Triển lãm ảnh tư liệu về biên giới, hải đảo',
  'Giao lưu hữu nghị với cộng đồng người Việt Nam ở nước ngoài',
  'Xây dựng chuyên mục thông tin đối ngoại trên cổng thông tin điện tử',
  'Phối hợp cung cấp thông tin cho báo chí',
];
const CATEGORIES = [
  'PROPAGANDA',
  'PROMOTION',
  'INVESTMENT_PROMOTION',
  'COUNTER_DISINFORMATION',
  'TRAINING',
  'PRESS',
  'COMMEMORATION',
  'EXHIBITION',
  'EXCHANGE',
  'DIGITAL',
  'COORDINATION',
  'RESOURCES',
];
const sqlArray = (items: readonly string[]) => `array[${items.map((i) => `'${i.replace(/'/g, "''")}'`).join(', ')}]`;

/** Deterministic pseudo-random integer in [0, n) from a SQL expression, so every run builds the same data. */
const pick = (seed: string, n: number) => `(abs(hashtext(${seed})) % ${n})`;

function statements(factor: number): string[] {
  const { provinces, districtsPerProvince, communesPerDistrict } = scaleShape(factor);
  const syllables = sqlArray(SYLLABLES);
  const name = (seed: string) =>
    `(${syllables})[1 + ${pick(`${seed} || 'a'`, SYLLABLES.length)}] || ' ' || (${syllables})[1 + ${pick(`${seed} || 'b'`, SYLLABLES.length)}]`;
  const scaled = `u.code like '${SCALE_PREFIX}%'`;
  return [
    // Units: provinces under the nation, districts under provinces, communes under districts.
    `insert into administrative_unit (code, name, full_name, kind, level, parent_id)
      select '${SCALE_PREFIX}' || lpad(p::text, 2, '0'), n, 'Tỉnh ' || n, 'PROVINCE', 'PROVINCE', (select id from administrative_unit where code = 'VN')
      from generate_series(1, ${provinces}) p, lateral (select ${name(`'p' || p`)} as n) names`,
    `insert into administrative_unit (code, name, full_name, kind, level, parent_id)
      select u.code || '-' || d, n, 'Huyện ' || n, 'RURAL_DISTRICT', 'DISTRICT', u.id
      from administrative_unit u, generate_series(1, ${districtsPerProvince}) d, lateral (select ${name(`u.code || d`)} as n) names
      where ${scaled} and u.level = 'PROVINCE'`,
    `insert into administrative_unit (code, name, full_name, kind, level, parent_id)
      select u.code || '-' || c, n, 'Xã ' || n, 'COMMUNE', 'COMMUNE', u.id
      from administrative_unit u, generate_series(1, ${communesPerDistrict}) c, lateral (select ${name(`u.code || c`)} as n) names
      where ${scaled} and u.level = 'DISTRICT'`,
    REBUILD_UNIT_PATHS,
    // Agencies: every unit has its People's Committee; provinces and districts have their information bodies and police too.
    `insert into agency (key, name, short_name, kind, administrative_unit_id)
      select lower(u.code) || '.' || a.key, a.name || ' ' || u.full_name, a.short, a.kind::agency_kind, u.id
      from administrative_unit u
      join (values ('ubnd', 'Ủy ban nhân dân', 'UBND', 'PEOPLES_COMMITTEE', 'COMMUNE'),
                   ('vhtt', 'Phòng Văn hóa và Thông tin', 'Phòng VH-TT', 'DIVISION', 'DISTRICT'),
                   ('ca', 'Công an', 'CA', 'POLICE', 'DISTRICT'),
                   ('stttt', 'Sở Thông tin và Truyền thông', 'Sở TT&TT', 'DEPARTMENT', 'PROVINCE'),
                   ('sngv', 'Sở Ngoại vụ', 'SNgV', 'DEPARTMENT', 'PROVINCE'),
                   ('bao', 'Báo', 'Báo', 'MEDIA', 'PROVINCE')) as a(key, name, short, kind, lowest)
        on (a.lowest = 'COMMUNE' or (a.lowest = 'DISTRICT' and u.level in ('PROVINCE', 'DISTRICT')) or (a.lowest = 'PROVINCE' and u.level = 'PROVINCE'))
      where ${scaled}`,
    // Plans: one per unit and year, most issued, issued by the unit's People's Committee; lower plans implement the one above.
    `insert into plan (title, symbol, issued_on, status, start_year, end_year, administrative_unit_id, issuing_agency_id, objectives, requirements, budget_note, place)
      select 'Kế hoạch thông tin đối ngoại năm ' || y || ' của ' || u.full_name,
        case when ${pick(`u.code || y`, 10)} < 8 then (1 + ${pick(`u.code || y || 'n'`, 300)}) || '/KH-UBND' end,
        case when ${pick(`u.code || y`, 10)} < 8 then make_date(y, 1 + ${pick(`u.code || y || 'm'`, 3)}, 1 + ${pick(`u.code || y || 'd'`, 28)}) end,
        (case when ${pick(`u.code || y`, 10)} < 8 then 'ISSUED' when ${pick(`u.code || y`, 10)} = 8 then 'IN_REVIEW' else 'DRAFT' end)::plan_status,
        y, y, u.id, (select id from agency a where a.administrative_unit_id = u.id and a.kind = 'PEOPLES_COMMITTEE'),
        jsonb_build_array('Nâng cao hiệu quả công tác thông tin đối ngoại của ' || u.full_name, 'Quảng bá hình ảnh đất nước, con người ' || u.name),
        jsonb_build_array('Bám sát chỉ đạo của cấp trên', 'Bảo đảm thông tin chính xác, kịp thời'),
        'Kinh phí thực hiện từ ngân sách địa phương và các nguồn hợp pháp khác.', u.name
      from administrative_unit u, generate_series(${SCALE_YEARS[0]}, ${SCALE_YEARS[SCALE_YEARS.length - 1]}) y
      where ${scaled}`,
    `update plan c set parent_plan_id = p.id
      from administrative_unit u, plan p
      where c.administrative_unit_id = u.id and ${scaled} and p.administrative_unit_id = u.parent_id and p.start_year = c.start_year`,
    `insert into plan_legal_basis (plan_id, document_id, kind, position)
      select p.id, d.id, 'BASIS', d.n
      from plan p join administrative_unit u on u.id = p.administrative_unit_id and ${scaled}
      cross join lateral (select id, row_number() over (order by id) as n from legal_document
        order by abs(hashtext(p.id || ':' || id)) limit 2) d`,
    `insert into activity (plan_id, label, position, title, description, category, schedule_label, schedule_quarters, schedule_continuous, location, status, progress, confidential)
      select p.id, g::text, g, t.title, t.title || ' trên địa bàn ' || u.name || ' năm ' || p.start_year,
        (${sqlArray(CATEGORIES)})[1 + (g - 1) % ${CATEGORIES.length}]::activity_category,
        case when g % 3 = 0 then 'Thường xuyên' else 'Quý ' || (1 + g % 4) || '/' || p.start_year end,
        case when g % 3 = 0 then null else jsonb_build_array(1 + g % 4) end, g % 3 = 0, u.name,
        (case when p.start_year < 2025 then 'DONE' else 'IN_PROGRESS' end)::activity_status,
        case when p.start_year < 2025 then 100 else 50 end, ${pick(`p.id || ':' || g`, 20)} = 0
      from plan p join administrative_unit u on u.id = p.administrative_unit_id and ${scaled}
      cross join generate_series(1, ${ACTIVITIES_PER_PLAN}) g
      cross join lateral (select (${sqlArray(ACTIVITY_TITLES)})[1 + ${pick(`p.id || ':' || g`, ACTIVITY_TITLES.length)}] as title) t`,
    // Participants: the People's Committee leads, another agency of the unit (or the one above) coordinates.
    `insert into activity_participant (activity_id, agency_id, role, position)
      select a.id, x.agency_id, x.role::participant_role, x.position
      from activity a join plan p on p.id = a.plan_id join administrative_unit u on u.id = p.administrative_unit_id and ${scaled}
      cross join lateral (
        select p.issuing_agency_id as agency_id, 'LEAD' as role, 0 as position
        union all
        select (select g.id from agency g where g.administrative_unit_id in (u.id, u.parent_id) and g.id <> p.issuing_agency_id
                order by abs(hashtext(a.id || ':' || g.id)) limit 1), 'COORDINATING', 1
      ) x where x.agency_id is not null`,
    // Budget lines in whole đồng: planned in hundreds of thousands, allocated and spent a share of it.
    `insert into budget_line (plan_id, activity_id, administrative_unit_id, fiscal_year, source, description, planned_amount, allocated_amount, spent_amount, position)
      select a.plan_id, a.id, p.administrative_unit_id, p.start_year,
        (array['LOCAL_BUDGET', 'CENTRAL_SUPPORT', 'SOCIALIZED', 'OTHER_LEGAL'])[1 + (a.id + l) % 4]::budget_source,
        'Kinh phí ' || lower(a.title), amount, amount * 9 / 10, case when p.start_year < 2025 then amount * 7 / 10 else amount / 3 end, l
      from activity a join plan p on p.id = a.plan_id join administrative_unit u on u.id = p.administrative_unit_id and ${scaled}
      cross join generate_series(1, ${LINES_PER_ACTIVITY}) l
      cross join lateral (select (1 + ${pick(`a.id || ':' || l`, 500)})::bigint * 100000 as amount) m`,
    'analyze',
  ];
}

/** Fills the database with synthetic data at `factor` (1 ≈ 10,000 plans, 100,000 activities, 300,000 budget lines). */
export async function seedScale(em: EntityManager, factor: number, log: (message: string) => void = () => undefined): Promise<void> {
  const existing = await em.execute(`select count(*)::int as n from administrative_unit where code like '${SCALE_PREFIX}%'`);
  if (existing[0].n > 0) throw new Error('Cơ sở dữ liệu đã có dữ liệu mô phỏng; hãy dùng một cơ sở dữ liệu mới.');
  const all = statements(factor);
  await em.transactional(async (tx) => {
    for (const sql of all.slice(0, -1)) {
      const started = Date.now();
      await tx.execute(sql);
      log(`${sql.trim().split('\n')[0].slice(0, 70)}… ${Date.now() - started} ms`);
    }
  });
  await em.execute(all[all.length - 1]);
}
