import { Field, ID, InputType, Int } from 'type-graphql';
import { ActivityCategory, PlanStatus } from '../../common/enums';
import { likePattern, type ListSpec } from '../../common/list';
import { matchesPhrase, searchPhrase } from '../../common/search';
import { conditionSql } from '../../auth/row-scope';
import { readableRef } from '../../auth/scoped-filter';
import { activityRows } from '../activity/activity.rules';
import { inUnitSubtree } from '../unit/unit-subtree';
import { Plan } from './plan.entity';

@InputType('PlanFilter')
export class PlanFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true, description: 'Tìm trong tên, số ký hiệu, mục tiêu và nội dung.' }) q?: string;
  @Field(() => ID, { nullable: true, description: 'Kế hoạch của đơn vị này và mọi đơn vị trực thuộc.' }) administrativeUnitId?: string;
  @Field(() => Int, { nullable: true, description: 'Kế hoạch có hiệu lực trong năm này.' }) year?: number;
  @Field(() => PlanStatus, { nullable: true }) status?: PlanStatus;
  @Field(() => ActivityCategory, { nullable: true, description: 'Có ít nhất một nội dung thuộc nhóm này.' }) category?: ActivityCategory;
  @Field(() => ID, { nullable: true, description: 'Cơ quan ban hành, tham gia nội dung hoặc được giao nhiệm vụ.' }) agencyId?: string;
  @Field(() => ID, { nullable: true, description: 'Kế hoạch dẫn văn bản này.' }) legalDocumentId?: string;
  @Field(() => ID, { nullable: true }) parentPlanId?: string;
  @Field(() => ID, { nullable: true }) issuingAgencyId?: string;
}

export const planList: ListSpec<Plan, PlanFilter> = {
  entity: Plan,
  sortable: { id: 'e.id', title: 'e.title', issuedOn: 'e.issued_on', startYear: 'e.start_year', status: 'e.status', symbol: 'e.symbol' },
  defaultSort: 'startYear',
  filterReads: {
    q: ['title', 'symbol', 'objectives'],
    year: ['startYear', 'endYear'],
    legalDocumentId: ['legalBases'],
    category: ['activities'],
    agencyId: ['activities'],
  },
  // Title hits first, then hits in the plan's own text before hits only in an activity; word_similarity
  // (how closely the phrase matches some stretch of the text) orders plans within each band.
  relevance: (f) => {
    const q = searchPhrase(f.q);
    return q
      ? {
          sql: `(ttdn_fold(e.title) like ttdn_fold(?))::int * 2 + (e.search_text like ttdn_fold(?))::int + word_similarity(ttdn_fold(?), e.search_text)`,
          params: [likePattern(q), likePattern(q), q],
        }
      : undefined;
  },
  applyFilter: (qb, f, ctx) => {
    // Searching through activities must not find a plan by an activity the caller could not read.
    const visible = conditionSql(activityRows(ctx.auth, 'a'));
    const activityIn = (sql: string) => `exists (select 1 from activity a ${sql} and ${visible.sql})`;
    if (f.ids) qb.andWhere({ id: { $in: f.ids.map(Number) } });
    const phrase = searchPhrase(f.q);
    if (phrase) {
      // A union of two index scans: the plan's own text, or one of its activities the caller may read.
      const inPlan = matchesPhrase('p.search_text', phrase);
      const inActivity = matchesPhrase('a.search_text', phrase);
      qb.andWhere(
        `e.id in (select p.id from plan p where ${inPlan.sql}
        union select a.plan_id from activity a where ${inActivity.sql} and ${visible.sql})`,
        [...inPlan.params, ...inActivity.params, ...visible.params],
      );
    }
    if (f.administrativeUnitId) qb.andWhere(inUnitSubtree('e.administrative_unit_id'), [Number(f.administrativeUnitId)]);
    if (f.year) qb.andWhere('e.start_year <= ? and (e.end_year is null or e.end_year >= ?)', [f.year, f.year]);
    if (f.status) qb.andWhere({ status: f.status });
    if (f.category) qb.andWhere(activityIn('where a.plan_id = e.id and a.category = ?'), [f.category, ...visible.params]);
    if (f.agencyId) {
      const id = Number(f.agencyId);
      qb.andWhere(
        `(e.issuing_agency_id = ?
        or ${activityIn('join activity_participant p on p.activity_id = a.id where a.plan_id = e.id and p.agency_id = ?')}
        or exists (select 1 from responsibility r where r.plan_id = e.id and r.agency_id = ?))`,
        [id, id, ...visible.params, id],
      );
    }
    if (f.legalDocumentId)
      qb.andWhere('exists (select 1 from plan_legal_basis b where b.plan_id = e.id and b.document_id = ?)', [Number(f.legalDocumentId)]);
    if (f.parentPlanId) {
      const parent = readableRef(ctx, Plan, 'e.parent_plan_id', Number(f.parentPlanId));
      qb.andWhere(parent.sql, parent.params);
    }
    if (f.issuingAgencyId) qb.andWhere({ issuingAgency: Number(f.issuingAgencyId) });
  },
};
