import { type Access, signedIn } from '../../auth/access';

export const calendarRules: Record<string, Record<string, Access>> = {
  Mutation: {
    renewCalendarFeed: signedIn, // why: each user renews only their own feed; it shows their unit's deadlines
  },
};
