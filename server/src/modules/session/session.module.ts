import type { ModuleDeclaration } from '../../kernel/data/resource';
import { SessionResolver } from './session.resolver';
import { sessionRules } from './session.rules';

export const sessionModule: ModuleDeclaration = { resources: [], rules: [sessionRules], resolvers: [SessionResolver] };
