import { type Access, everyone, withRole } from '../../auth/access';
import { Role } from '../../common/enums';

export const documentIoRules: Record<string, Record<string, Access>> = {
  LegalReference: { '*': everyone }, // why: built from the caller's own text and the public document catalogue
  LegalReferenceWarning: { '*': everyone }, // why: describes the caller's own text
  ImportResult: { '*': everyone }, // why: returned only to the editor who imported; plan and report keep their own rules
  UnplacedText: { '*': everyone }, // why: text of the caller's own file
  ImportPreview: { '*': everyone }, // why: what was read from the caller's own file
  ImportedActivity: { '*': everyone }, // why: as above
  ImportedParticipant: { '*': everyone }, // why: as above
  ImportedResponsibility: { '*': everyone }, // why: as above
  ImportedRecipient: { '*': everyone }, // why: as above
  ImportedCitation: { '*': everyone }, // why: as above
  ImportedSection: { '*': everyone }, // why: as above
  ImportedSignature: { '*': everyone }, // why: as above
  Query: {
    parseLegalReferences: everyone, // why: a text tool over the public catalogue; reads no unit's rows
  },
  Mutation: {
    importDocument: withRole(Role.EDITOR), // why: editors draft their own unit's documents; the import only creates a draft of that unit
  },
};
