import type { EntityManager } from '@mikro-orm/postgresql';
import type http from 'node:http';
import type { Clock } from '../../common/clock';
import { CALENDAR_PATH, calendarFeed } from './calendar.feed';

export const isCalendarPath = (pathname: string) => pathname.startsWith('/calendar/');

/** GET /calendar/<secret>.ics; an unknown or renewed secret is a plain 404, saying nothing about who held it. */
export async function handleCalendar(res: http.ServerResponse, pathname: string, em: EntityManager, clock: Clock): Promise<void> {
  const secret = CALENDAR_PATH.exec(pathname)?.[1];
  const body = secret ? await calendarFeed(em, secret, clock) : undefined;
  if (body === undefined) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Không tìm thấy lịch.');
    return;
  }
  res.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8', 'cache-control': 'private, no-store' });
  res.end(body);
}
