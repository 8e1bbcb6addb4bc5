/** What time it is for one request; injected so tests (and replays) can stand on a fixed date. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** Deadlines and issue dates are Vietnamese calendar days, whatever the server's own time zone. */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const isoDay = new Intl.DateTimeFormat('en-CA', { timeZone: VIETNAM_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day in Vietnam at `instant`, as `YYYY-MM-DD`. */
export const vietnamDate = (instant: Date): string => isoDay.format(instant);

/** `dd/mm/yyyy`, the way documents print dates. */
export const printedDate = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
