import { type Access, everyone } from '../../auth/access';

export const documentIoRules: Record<string, Record<string, Access>> = {
  LegalReference: { '*': everyone }, // why: built from the caller's own text and the public document catalogue
  LegalReferenceWarning: { '*': everyone }, // why: describes the caller's own text
  Query: {
    parseLegalReferences: everyone, // why: a text tool over the public catalogue; reads no unit's rows
  },
};
