import { type Access, everyone, withRole } from '../../auth/access';
import { Role } from '../../common/enums';

export const documentIoRules: Record<string, Record<string, Access>> = {
  LegalReference: { '*': everyone }, // why: built from the caller's own text and the public document catalogue
  LegalReferenceWarning: { '*': everyone }, // why: describes the caller's own text
  ImportResult: { '*': everyone }, // why: returned only to the editor who imported; plan and report keep their own rules
  UnplacedText: { '*': everyone }, // why: text of the caller's own file
  Query: {
    parseLegalReferences: everyone, // why: a text tool over the public catalogue; reads no unit's rows
  },
  Mutation: {
    importDocument: withRole(Role.EDITOR), // why: editors draft their own unit's documents; the import only creates a draft of that unit
  },
};
