import { type Access, everyone, readQueries, writeMutations } from '../../auth/access';
import { centralAdmin } from '../../auth/admin-access';

export const legalDocumentRules: Record<string, Record<string, Access>> = {
  LegalDocument: { '*': everyone }, // why: legal documents are public; citedBy lists only plans the caller may read
  Query: {
    ...readQueries('LegalDocument', 'LegalDocuments', everyone), // why: public catalogue
  },
  Mutation: {
    ...writeMutations('LegalDocument', () => centralAdmin), // why: the national catalogue of documents is kept centrally
  },
};
