import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { whereText } from '../../common/search';
import { ActivityCategory, ActivityStatus, ParticipantRole } from '../../common/enums';
import { badInput, notFound, requireFields } from '../../common/errors';
import { count, list, ListArgs, ListMetadata, type ListSpec } from '../../common/list';
import { requireRef } from '../../common/refs';
import { Agency } from '../agency/agency.entity';
import { BudgetLine } from '../budget/budget-line.entity';
import { LegalDocument } from '../legal-document/legal-document.entity';
import { ParticipantInput, PeriodInput, ScheduleInput } from '../plan/plan.inputs';
import { DURING } from './periods';
import { Plan } from '../plan/plan.entity';
import { inUnitSubtree } from '../unit/unit-subtree';
import { Activity, ActivityCitation, ActivityParticipant } from './activity.entity';
import { writeActivity } from './activity.service';

@InputType('ActivityFilter')
export class ActivityFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => ID, { nullable: true }) planId?: string;
  @Field(() => ID, { nullable: true }) parentId?: string;
  @Field(() => Boolean, { nullable: true, description: 'Chỉ nội dung cấp cao nhất.' }) topLevel?: boolean;
  @Field(() => ID, { nullable: true, description: 'Nội dung của kế hoạch thuộc đơn vị này và các đơn vị trực thuộc.' }) administrativeUnitId?: string;
  @Field(() => Int, { nullable: true }) year?: number;
  @Field(() => ActivityCategory, { nullable: true }) category?: ActivityCategory;
  @Field(() => ActivityStatus, { nullable: true }) status?: ActivityStatus;
  @Field(() => ID, { nullable: true, description: 'Có cơ quan này tham gia.' }) agencyId?: string;
  @Field(() => ParticipantRole, { nullable: true, description: 'Cùng với agencyId: vai trò của cơ quan.' }) role?: ParticipantRole;
  @Field(() => Boolean, { nullable: true }) confidential?: boolean;
  @Field(() => PeriodInput, { nullable: true, description: 'Nội dung có một khoảng thực hiện giao với khoảng này (hoặc thực hiện thường xuyên).' }) during?: PeriodInput;
}

const activityList: ListSpec<Activity, ActivityFilter> = {
  entity: Activity,
  sortable: { id: 'e.id', position: 'e.position', label: 'e.label', title: 'e.title', category: 'e.category', status: 'e.status', startDate: 'e.schedule_start_date' },
  defaultSort: 'position',
  applyFilter: (qb, f) => {
    if (f.ids) qb.andWhere({ id: { $in: f.ids.map(Number) } });
    whereText(qb, f.q);
    if (f.planId) qb.andWhere({ plan: Number(f.planId) });
    if (f.parentId) qb.andWhere({ parent: Number(f.parentId) });
    if (f.topLevel) qb.andWhere({ parent: null });
    if (f.administrativeUnitId) qb.andWhere(`e.plan_id in (select p.id from plan p where ${inUnitSubtree('p.administrative_unit_id')})`, [Number(f.administrativeUnitId)]);
    if (f.year) qb.andWhere('e.plan_id in (select p.id from plan p where p.start_year <= ? and (p.end_year is null or p.end_year >= ?))', [f.year, f.year]);
    if (f.during) qb.andWhere(DURING, [f.during.endDate, f.during.startDate]);
    if (f.category) qb.andWhere({ category: f.category });
    if (f.status) qb.andWhere({ status: f.status });
    if (f.agencyId) {
      qb.andWhere(`exists (select 1 from activity_participant x where x.activity_id = e.id and x.agency_id = ?${f.role ? ' and x.role = ?' : ''})`,
        f.role ? [Number(f.agencyId), f.role] : [Number(f.agencyId)]);
    }
    if (f.confidential !== undefined && f.confidential !== null) qb.andWhere({ confidential: f.confidential });
  },
};

@ArgsType()
class ActivityFields {
  @Field(() => ID, { nullable: true }) planId?: string;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field(() => String, { nullable: true }) label?: string;
  @Field(() => Int, { nullable: true }) position?: number;
  @Field(() => String, { nullable: true }) title?: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => ActivityCategory, { nullable: true }) category?: ActivityCategory;
  @Field(() => ScheduleInput, { nullable: true }) schedule?: ScheduleInput;
  @Field(() => String, { nullable: true }) location?: string | null;
  @Field(() => ActivityStatus, { nullable: true }) status?: ActivityStatus;
  @Field(() => Int, { nullable: true }) progress?: number;
  @Field(() => Boolean, { nullable: true }) confidential?: boolean;
  @Field(() => [ParticipantInput], { nullable: true }) participants?: ParticipantInput[];
  @Field(() => [ID], { nullable: true }) citedDocumentIds?: string[];
}

@ArgsType()
class UpdateActivityArgs extends ActivityFields {
  @Field(() => ID) id!: string;
}

@Resolver(() => Activity)
export class ActivityResolver {
  @Query(() => Activity, { nullable: true, description: 'Một nội dung của kế hoạch.' })
  async Activity(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const activity = await ctx.loaders.one(Activity, { id: Number(id) });
    if (!activity) throw notFound('id', 'nội dung', id);
    return activity;
  }

  @Query(() => [Activity])
  allActivities(@Args() args: ListArgs, @Arg('filter', () => ActivityFilter, { nullable: true }) filter: ActivityFilter | undefined, @Ctx() ctx: Context) {
    return list(ctx, activityList, args, filter);
  }

  @Query(() => ListMetadata)
  _allActivitiesMeta(@Args() _args: ListArgs, @Arg('filter', () => ActivityFilter, { nullable: true }) filter: ActivityFilter | undefined, @Ctx() ctx: Context) {
    return count(ctx, activityList, filter);
  }

  @Mutation(() => Activity)
  createActivity(@Args() args: ActivityFields, @Ctx() ctx: Context) {
    requireFields(args, ['planId', 'label', 'title']);
    return this.save(ctx, new Activity(), args);
  }

  @Mutation(() => Activity)
  async updateActivity(@Args() { id, ...args }: UpdateActivityArgs, @Ctx() ctx: Context) {
    return this.save(ctx, await requireRef(ctx.em, Activity, id, 'id', 'nội dung'), args);
  }

  @Mutation(() => Activity)
  async deleteActivity(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const activity = await requireRef(ctx.em, Activity, id, 'id', 'nội dung');
    const snapshot = { ...activity };
    await ctx.em.nativeDelete(Activity, { id: activity.id });
    return snapshot;
  }

  private save(ctx: Context, activity: Activity, { planId, parentId, ...fields }: ActivityFields) {
    return ctx.em.transactional(async (em) => {
      if (planId) activity.plan = await requireRef(em, Plan, planId, 'planId', 'kế hoạch');
      if (parentId !== undefined) {
        activity.parent = parentId === null ? undefined : await requireRef(em, Activity, parentId, 'parentId', 'nội dung cha');
        if (activity.parent && (activity.parent.plan.id !== activity.plan.id || activity.parent.id === activity.id)) {
          throw badInput('parentId', 'Nội dung cha phải là một nội dung khác của cùng kế hoạch.');
        }
      }
      const clash = fields.label && (await em.findOne(Activity, { plan: activity.plan, label: fields.label, id: { $ne: activity.id ?? 0 } }));
      if (clash) throw badInput('label', `Số thứ tự "${fields.label}" đã có trong kế hoạch.`);
      if (!activity.id && fields.position === undefined) {
        const [{ next }] = await em.execute('select coalesce(max(position), -1) + 1 as next from activity where plan_id = ?', [activity.plan.id]);
        activity.position = Number(next);
      }
      await writeActivity(em, activity, fields as Parameters<typeof writeActivity>[2], 'activity');
      await em.flush();
      return activity;
    });
  }

  @FieldResolver(() => ID)
  planId(@Root() activity: Activity) {
    return activity.plan.id;
  }

  @FieldResolver(() => Plan)
  plan(@Root() activity: Activity, @Ctx() ctx: Context) {
    return ctx.loaders.one(Plan, activity.plan);
  }

  @FieldResolver(() => ID, { nullable: true })
  parentId(@Root() activity: Activity) {
    return activity.parent?.id;
  }

  @FieldResolver(() => Activity, { nullable: true })
  parent(@Root() activity: Activity, @Ctx() ctx: Context) {
    return ctx.loaders.one(Activity, activity.parent);
  }

  @FieldResolver(() => [Activity])
  children(@Root() activity: Activity, @Ctx() ctx: Context) {
    return ctx.loaders.many(Activity, 'parent', activity);
  }

  @FieldResolver(() => [ActivityParticipant])
  participants(@Root() activity: Activity, @Ctx() ctx: Context) {
    return ctx.loaders.many(ActivityParticipant, 'activity', activity);
  }

  @FieldResolver(() => [LegalDocument], { description: 'Văn bản được nêu trong nội dung này.' })
  async citedDocuments(@Root() activity: Activity, @Ctx() ctx: Context) {
    const citations = await ctx.loaders.many(ActivityCitation, 'activity', activity, { id: 'asc' });
    return Promise.all(citations.map((c) => ctx.loaders.one(LegalDocument, c.document)));
  }

  @FieldResolver(() => [BudgetLine], { nullable: true, description: 'Dòng kinh phí; chỉ trong phạm vi đơn vị sở hữu.' })
  budgetLines(@Root() activity: Activity, @Ctx() ctx: Context) {
    return ctx.loaders.many(BudgetLine, 'activity', activity);
  }
}

@Resolver(() => ActivityParticipant)
export class ActivityParticipantResolver {
  @FieldResolver(() => ID)
  agencyId(@Root() participant: ActivityParticipant) {
    return participant.agency.id;
  }

  @FieldResolver(() => Agency)
  agency(@Root() participant: ActivityParticipant, @Ctx() ctx: Context) {
    return ctx.loaders.one(Agency, participant.agency);
  }
}
