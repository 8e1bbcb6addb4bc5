import type { ModuleDeclaration } from '../../kernel/data/resource';
import { documentIoRules } from './document-io.rules';
import { ImportResolver } from './import.resolver';
import { LegalReferenceResolver } from './legal-reference.resolver';

/** Documents in and out: the citation parser, the importer (`importDocument`) and the .docx export route (export.route.ts). */
export const documentIoModule: ModuleDeclaration = {
  resources: [],
  rules: [documentIoRules],
  resolvers: [LegalReferenceResolver, ImportResolver],
};
