import type { EntityManager } from '@mikro-orm/postgresql';
import ical from 'ical-generator';
import { randomBytes } from 'node:crypto';
import { sha256 } from '../../auth/tokens';
import { type Clock, vietnamDate, VIETNAM_TIME_ZONE } from '../../common/clock';
import { ReportingObligation } from '../obligation/obligation.entity';
import { obligationStatus } from '../obligation/obligation.service';
import { User } from '../user/user.entity';

/** `/calendar/<secret>.ics`: the secret is the only credential, so it is long, random and stored hashed. */
export const CALENDAR_PATH = /^\/calendar\/([A-Za-z0-9_-]{32,128})\.ics$/;
export const calendarPath = (secret: string) => `/calendar/${secret}.ics`;

/** A new secret for the user's feed; the previous URL stops working at once. */
export async function renewCalendarSecret(em: EntityManager, userId: number): Promise<string> {
  const secret = randomBytes(32).toString('base64url');
  await em.nativeUpdate(User, { id: userId }, { calendarSecretHash: sha256(secret) });
  return secret;
}

const STATUS_WORDS: Record<string, string> = {
  OPEN: 'chưa nộp',
  SUBMITTED: 'đã nộp',
  ACCEPTED: 'đã chấp nhận',
  RETURNED: 'bị trả lại',
  OVERDUE: 'QUÁ HẠN',
  LATE: 'nộp muộn',
};

/**
 * The iCalendar text of the feed behind `secret`, or undefined when no (enabled) user holds it: the reporting
 * deadlines the user's unit owes, and those owed to it by the units directly below, as all-day events.
 */
export async function calendarFeed(em: EntityManager, secret: string, clock: Clock): Promise<string | undefined> {
  const user = await em.findOne(User, { calendarSecretHash: sha256(secret), disabled: false }, { populate: ['administrativeUnit'] });
  if (!user) return undefined;
  const unit = user.administrativeUnit;
  const obligations = await em.find(
    ReportingObligation,
    { $or: [{ administrativeUnit: unit }, { recipientUnit: unit }] },
    { populate: ['plan', 'administrativeUnit'], orderBy: { dueDate: 'asc', id: 'asc' }, limit: 2000 },
  );
  const today = vietnamDate(clock());
  const calendar = ical({
    name: `Hạn báo cáo — ${unit.fullName}`,
    timezone: VIETNAM_TIME_ZONE,
    prodId: { company: 'ttdn', product: 'han-bao-cao', language: 'VI' },
  });
  for (const o of obligations) {
    const owes = o.administrativeUnit.id === unit.id ? 'Nộp báo cáo' : `${o.administrativeUnit.fullName} nộp báo cáo`;
    calendar.createEvent({
      id: `obligation-${o.id}@ttdn`,
      start: new Date(`${o.dueDate}T00:00:00Z`),
      allDay: true,
      summary: `${owes}: ${o.plan.symbol ?? o.plan.title} (${STATUS_WORDS[obligationStatus(o, today)]})`,
      description: `${o.description}\nGửi: ${o.reportTo}\nKỳ báo cáo: ${o.periodStart} – ${o.periodEnd}\nHạn: ${o.dueLabel}`,
    });
  }
  return calendar.toString();
}
