import type { EntityClass } from '@mikro-orm/postgresql';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { unitInScope } from '../../auth/access';
import { accessFor } from '../../auth/permissions';
import { isUser } from '../../auth/principal';
import { badInput, notFound } from '../../common/errors';
import { parseId } from '../../common/ids';
import { resourceNamed } from '../../kernel/data/registry';
import type { Context } from '../../context';
import { Plan } from '../plan/plan.entity';
import { AUDITED_LISTS, type FieldChange } from './audit-changes';
import { AuditEntry } from './audit.entity';
import { FieldChangeType, HistoryEntry, toChangeType } from './history.types';

type Owned = { id: number; administrativeUnit?: { id: number }; plan?: { id: number } };

/** The unit whose scope owns a record: its own, or (an activity) its plan's. */
async function ownerUnit(ctx: Context, row: Owned): Promise<number | undefined> {
  if (row.administrativeUnit) return row.administrativeUnit.id;
  return row.plan ? (await ctx.loaders.one(Plan, row.plan))?.administrativeUnit.id : undefined;
}

@Resolver(() => HistoryEntry)
export class HistoryResolver {
  /**
   * A record's changes, oldest first, for whoever may read the record (others get NOT_FOUND, as for the record
   * itself). Each change is shown only when the caller may read that field of the record; changes to nested lists
   * (lines, activities…) only to users whose scope owns the record, since list rows carry their own rules.
   */
  @Query(() => [HistoryEntry], { description: 'Lịch sử thay đổi của một bản ghi mà người gọi được xem.' })
  async history(
    @Arg('resource', () => String) resource: string,
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
  ): Promise<HistoryEntry[]> {
    const declared = resourceNamed(resource);
    if (!declared?.writes || !declared.api) throw badInput('resource', `Không có loại dữ liệu "${resource}" có lịch sử thay đổi.`);
    const row = await ctx.loaders.one(declared.entity as EntityClass<Owned>, { id: parseId(id, 'id') });
    if (!row) throw notFound('id', declared.api.what, id);
    const lists = AUDITED_LISTS[resource] ?? {};
    const listsVisible = isUser(ctx.auth) && (await unitInScope(ctx, await ownerUnit(ctx, row)));
    const readable = new Map<string, boolean>();
    const mayRead = async (field: string) => {
      const top = field.split('.')[0];
      if (!readable.has(top)) {
        const rule = accessFor(resource, top);
        readable.set(top, (!lists[top] || listsVisible) && rule !== undefined && (await rule.check(ctx, row)) === true);
      }
      return readable.get(top)!;
    };
    const entries = await ctx.em.find(AuditEntry, { targetType: resource, targetId: String(row.id) }, { orderBy: { id: 'asc' } });
    const names = await this.actorNames(ctx, entries);
    const out: HistoryEntry[] = [];
    for (const entry of entries) {
      const visible: FieldChange[] = [];
      for (const change of entry.fieldChanges ?? []) if (await mayRead(change.field)) visible.push(change);
      out.push({
        at: entry.createdAt,
        operation: entry.operation,
        actorKind: entry.actorKind,
        actorName: names.get(entry.actorId ?? 0) ?? null,
        changes: visible.map(toChangeType),
      });
    }
    return out;
  }

  private async actorNames(ctx: Context, entries: AuditEntry[]): Promise<Map<number, string>> {
    const ids = [...new Set(entries.filter((e) => e.actorKind === 'USER' && e.actorId).map((e) => e.actorId!))];
    if (!ids.length) return new Map();
    const rows = await ctx.em.execute('select id, display_name from app_user where id in (?)', [ids]);
    return new Map(rows.map((r) => [r.id as number, r.display_name as string]));
  }
}

@Resolver(() => AuditEntry)
export class AuditChangesResolver {
  @FieldResolver(() => [FieldChangeType], { nullable: true, description: 'Giá trị trước và sau của từng trường đã đổi.' })
  changes(@Root() entry: AuditEntry) {
    return (entry.fieldChanges ?? []).map(toChangeType);
  }
}
