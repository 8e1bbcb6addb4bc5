import type { EntityManager } from '@mikro-orm/postgresql';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { ActivityCategory, ActivityStatus } from '../../common/enums';
import { badInput } from '../../common/errors';
import { assignDefined, requireRef } from '../../common/refs';
import type { Write } from '../../kernel/data/write';
import { Agency } from '../agency/agency.entity';
import { LegalDocument } from '../legal-document/legal-document.entity';
import { type ActivityInput, ParticipantInput, ScheduleInput } from '../plan/plan.inputs';
import { Plan } from '../plan/plan.entity';
import { Activity, ActivityCitation, ActivityParticipant } from './activity.entity';
import { periodsOf } from './periods';
import { Schedule } from './schedule.embeddable';

function scheduleFrom(input: ScheduleInput | undefined, at: string): Schedule {
  const schedule = Object.assign(new Schedule(), { quarters: [], continuous: false }, input ?? {});
  if (schedule.startDate && schedule.endDate && schedule.endDate < schedule.startDate) {
    throw badInput(`${at}.schedule.endDate`, 'Ngày kết thúc không được trước ngày bắt đầu.');
  }
  if (schedule.quarters.some((q) => q < 1 || q > 4)) throw badInput(`${at}.schedule.quarters`, 'Quý phải từ 1 đến 4.');
  for (const [i, period] of (schedule.periods ?? []).entries()) {
    if (period.endDate < period.startDate)
      throw badInput(`${at}.schedule.periods[${i}].endDate`, 'Ngày kết thúc không được trước ngày bắt đầu.');
  }
  if (!input?.periods) schedule.periods = periodsOf(schedule);
  return schedule;
}

/**
 * Validates one activity input and writes it with its participants and cited documents (children are
 * the caller's business). `at` is the input path used in error fields, e.g. `activities[2]`.
 */
export async function writeActivity(
  em: EntityManager,
  activity: Activity,
  input: Omit<ActivityInput, 'label' | 'title'> & { label?: string; title?: string },
  at: string,
): Promise<Activity> {
  if (input.progress !== undefined && input.progress !== null && (input.progress < 0 || input.progress > 100))
    throw badInput(`${at}.progress`, 'Tiến độ phải từ 0 đến 100.');
  if (input.title !== undefined && !input.title.trim()) throw badInput(`${at}.title`, 'Tên nội dung không được để trống.');
  const { id: _id, participants, citedDocumentIds, children: _children, schedule, ...scalars } = input;
  assignDefined(activity, scalars as Partial<Activity>);
  if (schedule !== undefined || !activity.id) activity.schedule = scheduleFrom(schedule ?? undefined, at);
  em.persist(activity);
  if (participants) {
    // Matched by agency and role, so a participant kept in the form keeps its row (and id) instead of being recreated.
    const existing = activity.id ? await em.find(ActivityParticipant, { activity }) : [];
    const kept = new Set<ActivityParticipant>();
    for (const [j, p] of participants.entries()) {
      const agency = await requireRef(em, Agency, p.agencyId, `${at}.participants[${j}].agencyId`, 'cơ quan');
      const row =
        existing.find((x) => !kept.has(x) && x.agency.id === agency.id && x.role === p.role) ??
        em.create(ActivityParticipant, { activity, agency, role: p.role });
      Object.assign(row, { note: p.note, position: j });
      if (p.source) row.source = p.source;
      kept.add(row);
      em.persist(row);
    }
    for (const row of existing) if (!kept.has(row)) em.remove(row);
  }
  if (citedDocumentIds) {
    if (activity.id) await em.nativeDelete(ActivityCitation, { activity });
    for (const [j, documentId] of citedDocumentIds.entries()) {
      const document = await requireRef(em, LegalDocument, documentId, `${at}.citedDocumentIds[${j}]`, 'văn bản');
      em.persist(em.create(ActivityCitation, { activity, document }));
    }
  }
  return activity;
}

@ArgsType()
export class ActivityFields {
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

/** One activity on its own (`createActivity`, `updateActivity`): its plan and parent checked, appended after the plan's last one. */
export async function saveActivity({ em }: Write, activity: Activity, { planId, parentId, ...fields }: ActivityFields): Promise<Activity> {
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
    const [{ next }] = await em.execute('select coalesce(max(position), -1) + 1 as next from activity where plan_id = ?', [
      activity.plan.id,
    ]);
    activity.position = Number(next);
  }
  await writeActivity(em, activity, fields as Parameters<typeof writeActivity>[2], 'activity');
  await em.flush();
  return activity;
}
