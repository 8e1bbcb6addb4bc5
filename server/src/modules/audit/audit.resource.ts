import { Field, FieldResolver, ID, InputType, Resolver, Root } from 'type-graphql';
import type { ListSpec } from '../../common/list';
import { defineResource, type ModuleDeclaration } from '../../kernel/data/resource';
import { observeWrites } from '../../kernel/data/write';
import { inUnitSubtree } from '../unit/unit-subtree';
import { AuditEntry } from './audit.entity';
import { auditRows, auditRules } from './audit.rules';
import { auditTrail } from './audit-trail';
import { AuditChangesResolver, HistoryResolver } from './history.resolver';
import { historyRules } from './history.rules';

@InputType('AuditEntryFilter')
export class AuditEntryFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true }) operation?: string;
  @Field(() => String, { nullable: true }) targetType?: string;
  @Field(() => ID, { nullable: true }) targetId?: string;
  @Field(() => ID, { nullable: true }) actorId?: string;
  @Field(() => ID, { nullable: true, description: 'Thao tác của người thuộc đơn vị này và các đơn vị trực thuộc.' })
  administrativeUnitId?: string;
}

const auditList: ListSpec<AuditEntry, AuditEntryFilter> = {
  entity: AuditEntry,
  sortable: { id: 'e.id', at: 'e.created_at', operation: 'e.operation' },
  defaultSort: 'at',
  filterReads: { administrativeUnitId: ['actorId'] },
  applyFilter: (qb, f) => {
    if (f.ids) qb.andWhere({ id: { $in: f.ids.map(Number) } });
    if (f.operation) qb.andWhere({ operation: f.operation });
    if (f.targetType) qb.andWhere({ targetType: f.targetType });
    if (f.targetId) qb.andWhere({ targetId: f.targetId });
    if (f.actorId) qb.andWhere({ actorId: Number(f.actorId) });
    if (f.administrativeUnitId) qb.andWhere(inUnitSubtree('e.administrative_unit_id'), [Number(f.administrativeUnitId)]);
  },
};

export const auditResource = defineResource({
  entity: AuditEntry,
  rows: auditRows,
  api: {
    plural: 'AuditEntries',
    what: 'mục nhật ký',
    list: auditList,
    filter: AuditEntryFilter,
    describe: { one: 'Một mục nhật ký.', list: 'Nhật ký thao tác, mới nhất trước khi sắp xếp giảm dần theo "at".' },
  },
});

@Resolver(() => AuditEntry)
class AuditTimeResolver {
  @FieldResolver(() => Date, { nullable: true, description: 'Thời điểm thao tác.' })
  at(@Root() entry: AuditEntry) {
    return entry.createdAt;
  }
}

// Every generated write records its before/after in its own transaction.
observeWrites(auditTrail);

export const auditModule: ModuleDeclaration = {
  resources: [auditResource],
  rules: [auditRules, historyRules],
  resolvers: [AuditTimeResolver, AuditChangesResolver, HistoryResolver],
};
