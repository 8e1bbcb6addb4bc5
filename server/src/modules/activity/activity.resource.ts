import { readableRef } from '../../auth/scoped-filter';
import { Ctx, Field, FieldResolver, ID, InputType, Int, Resolver, Root } from 'type-graphql';
import { ActivityCategory, ActivityStatus, ParticipantRole } from '../../common/enums';
import type { ListSpec } from '../../common/list';
import { whereText } from '../../common/search';
import type { Context } from '../../context';
import { idOf, many, one } from '../../kernel/data/relations';
import { defineResource, type ModuleDeclaration } from '../../kernel/data/resource';
import { Agency } from '../agency/agency.entity';
import { BudgetLine } from '../budget/budget-line.entity';
import { LegalDocument } from '../legal-document/legal-document.entity';
import { PeriodInput } from '../plan/plan.inputs';
import { Plan } from '../plan/plan.entity';
import { DURING } from './periods';
import { inUnitSubtree } from '../unit/unit-subtree';
import { Activity, ActivityCitation, ActivityParticipant } from './activity.entity';
import { activityRows, activityRules } from './activity.rules';
import { ActivityFields, saveActivity } from './activity.service';
import { Schedule } from './schedule.embeddable';

@InputType('ActivityFilter')
export class ActivityFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => ID, { nullable: true }) planId?: string;
  @Field(() => ID, { nullable: true }) parentId?: string;
  @Field(() => Boolean, { nullable: true, description: 'Chỉ nội dung cấp cao nhất.' }) topLevel?: boolean;
  @Field(() => ID, { nullable: true, description: 'Nội dung của kế hoạch thuộc đơn vị này và các đơn vị trực thuộc.' })
  administrativeUnitId?: string;
  @Field(() => Int, { nullable: true }) year?: number;
  @Field(() => ActivityCategory, { nullable: true }) category?: ActivityCategory;
  @Field(() => ActivityStatus, { nullable: true }) status?: ActivityStatus;
  @Field(() => ID, { nullable: true, description: 'Có cơ quan này tham gia.' }) agencyId?: string;
  @Field(() => ParticipantRole, { nullable: true, description: 'Cùng với agencyId: vai trò của cơ quan.' }) role?: ParticipantRole;
  @Field(() => Boolean, { nullable: true }) confidential?: boolean;
  @Field(() => PeriodInput, {
    nullable: true,
    description: 'Nội dung có một khoảng thực hiện giao với khoảng này (hoặc thực hiện thường xuyên).',
  })
  during?: PeriodInput;
}

const activityList: ListSpec<Activity, ActivityFilter> = {
  entity: Activity,
  sortable: {
    id: 'e.id',
    position: 'e.position',
    label: 'e.label',
    title: 'e.title',
    category: 'e.category',
    status: 'e.status',
    startDate: 'e.schedule_start_date',
  },
  defaultSort: 'position',
  applyFilter: (qb, f, ctx) => {
    const through = (entity: typeof Plan | typeof Activity, column: string, id: string) => {
      const ref = readableRef(ctx, entity, column, Number(id));
      qb.andWhere(ref.sql, ref.params);
    };
    if (f.ids) qb.andWhere({ id: { $in: f.ids.map(Number) } });
    whereText(qb, f.q);
    if (f.planId) through(Plan, 'e.plan_id', f.planId);
    if (f.parentId) through(Activity, 'e.parent_id', f.parentId);
    if (f.topLevel) qb.andWhere({ parent: null });
    if (f.administrativeUnitId)
      qb.andWhere(`e.plan_id in (select p.id from plan p where ${inUnitSubtree('p.administrative_unit_id')})`, [
        Number(f.administrativeUnitId),
      ]);
    if (f.year)
      qb.andWhere('e.plan_id in (select p.id from plan p where p.start_year <= ? and (p.end_year is null or p.end_year >= ?))', [
        f.year,
        f.year,
      ]);
    if (f.during) qb.andWhere(DURING, [f.during.endDate, f.during.startDate]);
    if (f.category) qb.andWhere({ category: f.category });
    if (f.status) qb.andWhere({ status: f.status });
    if (f.agencyId) {
      qb.andWhere(
        `exists (select 1 from activity_participant x where x.activity_id = e.id and x.agency_id = ?${f.role ? ' and x.role = ?' : ''})`,
        f.role ? [Number(f.agencyId), f.role] : [Number(f.agencyId)],
      );
    }
    if (f.confidential !== undefined && f.confidential !== null) qb.andWhere({ confidential: f.confidential });
  },
};

export const activityResource = defineResource({
  entity: Activity,
  rows: activityRows,
  api: {
    plural: 'Activities',
    what: 'nội dung',
    list: activityList,
    filter: ActivityFilter,
    describe: { one: 'Một nội dung của kế hoạch.' },
  },
  writes: {
    args: ActivityFields,
    required: ['planId', 'label', 'title'],
    save: saveActivity,
    delete: true,
  },
  relations: {
    planId: idOf('plan'),
    plan: one(() => Plan),
    parentId: idOf('parent', { nullable: true }),
    parent: one(() => Activity, { nullable: true }),
    children: many(() => Activity, 'parent'),
    participants: many(() => ActivityParticipant, 'activity'),
    budgetLines: many(() => BudgetLine, 'activity', { nullable: true, description: 'Dòng kinh phí; chỉ trong phạm vi đơn vị sở hữu.' }),
  },
});

export const participantResource = defineResource({
  entity: ActivityParticipant,
  rows: 'part',
  relations: { agencyId: idOf('agency'), agency: one(() => Agency) },
});

@Resolver(() => Activity)
class CitedDocumentsResolver {
  @FieldResolver(() => [LegalDocument], { description: 'Văn bản được nêu trong nội dung này.' })
  async citedDocuments(@Root() activity: Activity, @Ctx() ctx: Context) {
    const citations = await ctx.loaders.many(ActivityCitation, 'activity', activity, { id: 'asc' });
    return Promise.all(citations.map((c) => ctx.loaders.one(LegalDocument, c.document)));
  }
}

export const activityModule: ModuleDeclaration = {
  resources: [
    activityResource,
    participantResource,
    defineResource({ entity: ActivityCitation, rows: 'part' }),
    defineResource({ entity: Schedule, rows: 'part' }),
  ],
  rules: [activityRules],
  resolvers: [CitedDocumentsResolver],
};
