import { type Access, everyone, signedIn } from '../../auth/access';

export const historyRules: Record<string, Record<string, Access>> = {
  Query: {
    history: everyone, // why: answers only for a record the caller may read (NOT_FOUND otherwise), each change filtered by that record's field rules
  },
  HistoryEntry: {
    '*': everyone, // why: as above
    actorName: signedIn, // why: who drafted what is internal to officials
  },
  FieldChange: { '*': everyone }, // why: already filtered by the record's field rules
};
