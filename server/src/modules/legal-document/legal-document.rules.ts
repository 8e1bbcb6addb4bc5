import { type Access, everyone } from '../../auth/access';
import { centralAdmin } from '../../auth/admin-access';

export const legalDocumentRules: Record<string, Record<string, Access>> = {
  LegalDocument: { '*': everyone }, // why: legal documents are public; citedBy lists only plans the caller may read
  Query: {
    LegalDocument: everyone, // why: public catalogue
    allLegalDocuments: everyone, // why: as above
    _allLegalDocumentsMeta: everyone, // why: as above
  },
  Mutation: {
    createLegalDocument: centralAdmin, // why: the national catalogue of documents is kept centrally
    updateLegalDocument: centralAdmin, // why: as above
    deleteLegalDocument: centralAdmin, // why: as above
  },
};
