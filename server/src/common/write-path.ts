import type { EntityClass, EntityManager } from '@mikro-orm/postgresql';
import { type GraphQLArgument, type GraphQLSchema, GraphQLInt, GraphQLError, getNamedType } from 'graphql';
import { scopedQuery } from '../auth/row-scopes';
import { sentFields } from '../auth/write-guard';
import type { Context } from '../context';
import { changes, type FieldChange, snapshot } from '../modules/audit/audit-changes';
import { AuditEntry } from '../modules/audit/audit.entity';
import { notFound } from './errors';
import { parseId } from './ids';
import { Loaders } from './loaders';

const WRITE = /^(create|update|delete)([A-Z]\w*)$/;

/** How officials call each editable resource, for NOT_FOUND messages (the same as the resolvers'). */
export const RESOURCE_NAMES: Record<string, string> = {
  Plan: 'kế hoạch', Activity: 'nội dung', BudgetLine: 'dòng kinh phí', Report: 'báo cáo', LegalDocument: 'văn bản',
  AdministrativeUnit: 'đơn vị hành chính', Agency: 'cơ quan', User: 'người dùng', ApiClient: 'khóa truy cập',
};

export const staleVersion = (current: number) => new GraphQLError(
  'Bản ghi đã được người khác lưu trước bạn. Vui lòng tải lại để xem thay đổi mới nhất rồi sửa lại.',
  { extensions: { code: 'CONFLICT', field: 'version', currentVersion: current } });

/** The `version` argument that `updateX` and `deleteX` of every versioned resource take. */
export function addVersionArguments(schema: GraphQLSchema, versioned: (type: string) => boolean): GraphQLSchema {
  for (const [name, field] of Object.entries(schema.getMutationType()?.getFields() ?? {})) {
    const match = WRITE.exec(name);
    if (!match || match[1] === 'create' || !versioned(match[2]) || field.args.some((a) => a.name === 'version')) continue;
    (field.args as GraphQLArgument[]).push({
      name: 'version', type: GraphQLInt, defaultValue: undefined, deprecationReason: undefined, extensions: {}, astNode: undefined,
      description: 'Phiên bản đã đọc; khác phiên bản hiện tại thì bị từ chối (CONFLICT) và không ghi gì.',
    });
  }
  return schema;
}

interface Target { entity: EntityClass<object>; table: string; versioned: boolean }

function targetOf(em: EntityManager, type: string): Target | undefined {
  const meta = em.getMetadata().find(type);
  return meta ? { entity: meta.class as EntityClass<object>, table: meta.tableName, versioned: Boolean(meta.versionProperty) } : undefined;
}

async function writeEntry(em: EntityManager, ctx: Context, operation: string, type: string | null, id: string | null, fields: string[], changed: FieldChange[] | null) {
  await em.insert(AuditEntry, {
    actorKind: ctx.auth.kind, actorId: ctx.auth.id ?? null, administrativeUnit: ctx.auth.unitId ?? null,
    operation, targetType: type, targetId: id, fields, changes: changed,
  });
}

/**
 * The one write path every mutation goes through, installed around the permission layer:
 * - the whole mutation, its permission rule included, runs in one transaction;
 * - `updateX`/`deleteX` first lock the row (`SELECT … FOR UPDATE`), so the rule and the write see the same row and an
 *   edit cannot land on a plan issued a moment before; a row the caller may not read answers NOT_FOUND exactly
 *   like a missing one;
 * - a `version` other than the row's is refused with CONFLICT (the current version in `extensions`), and every
 *   saved update moves the version on by one, also when only a nested list changed;
 * - the audit entry, with each changed field's value before and after, is written in the same transaction.
 * Other mutations (sign-in) are recorded after they succeed or fail.
 */
export function writePath(schema: GraphQLSchema): GraphQLSchema {
  for (const [name, field] of Object.entries(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve;
    if (!resolve) continue;
    const match = WRITE.exec(name);
    if (!match) {
      field.resolve = async (source, args, ctx: Context, info) => {
        const em = ctx.em.fork();
        try {
          const result = await resolve(source, args, ctx, info);
          if (result instanceof Error) throw result;
          await writeEntry(em, ctx, name, getNamedType(info.returnType).name, null, sentFields(args).filter((k) => k !== 'password'), null);
          return result;
        } catch (error) {
          await recordRefusal(em, ctx, name, args as Record<string, unknown>);
          throw error;
        }
      };
      continue;
    }
    const [, op, type] = match;
    field.resolve = async (source, allArgs, ctx: Context, info) => {
      const { version, ...args } = allArgs as { version?: number | null; id?: string } & Record<string, unknown>;
      const outer = ctx.em;
      try {
        return await outer.transactional(async (em) => {
          ctx.em = em;
          ctx.loaders = new Loaders(em, ctx.auth);
          const target = targetOf(em, type);
          let id: number | undefined;
          let lockedVersion: number | undefined;
          let before;
          if (op !== 'create' && target && args.id !== undefined) {
            id = parseId(args.id, 'id');
            const [row] = await em.execute(`select version from "${target.table}" where id = ? for update`, [id]);
            const readable = row && (await scopedQuery(em, ctx.auth, target.entity).andWhere({ id }).getCount()) > 0;
            if (!readable) throw notFound('id', RESOURCE_NAMES[type] ?? type, String(args.id));
            lockedVersion = row.version as number;
            if (version !== undefined && version !== null && version !== lockedVersion) throw staleVersion(lockedVersion);
            before = await snapshot(em, type, target.table, id);
          }
          const result = await resolve(source, args, ctx, info);
          if (result instanceof Error) throw result;
          const saved = result as { id?: number | string; version?: number };
          const targetId = id ?? (saved?.id !== undefined ? Number(saved.id) : undefined);
          if (op === 'update' && target?.versioned && id !== undefined) saved.version = await nextVersion(em, target.table, id, lockedVersion!);
          const after = op !== 'delete' && target && targetId !== undefined ? await snapshot(em, type, target.table, targetId) : undefined;
          await writeEntry(em, ctx, name, type, targetId !== undefined ? String(targetId) : null,
            sentFields(args).filter((k) => k !== 'password'), target ? changes(before, after) : null);
          return result;
        });
      } finally {
        ctx.em = outer;
        ctx.loaders = new Loaders(outer, ctx.auth);
      }
    };
  }
  return schema;
}

/** One step per saved update: MikroORM already stepped it when the row's own columns changed. */
async function nextVersion(em: EntityManager, table: string, id: number, read: number): Promise<number> {
  const [bumped] = await em.execute(`update "${table}" set version = version + 1, updated_at = now() where id = ? and version = ? returning version`, [id, read]);
  if (bumped) return bumped.version as number;
  const [current] = await em.execute(`select version from "${table}" where id = ?`, [id]);
  return current.version as number;
}

/** A refused sign-in is recorded too (under the account's unit when it exists), outside any transaction. */
async function recordRefusal(em: EntityManager, ctx: Context, operation: string, args: Record<string, unknown>) {
  if (operation !== 'login') return;
  const username = String(args.username ?? '').trim().toLowerCase();
  const [account] = await em.execute('select id, administrative_unit_id from app_user where username = ?', [username]);
  await em.insert(AuditEntry, {
    actorKind: ctx.auth.kind, actorId: null, administrativeUnit: account?.administrative_unit_id ?? null,
    operation: 'loginFailed', targetType: 'User', targetId: account ? String(account.id) : null, fields: ['username'],
    changes: [{ field: 'username', before: null, after: username }],
  }).catch((error: Error) => console.error(`failed sign-in not recorded: ${error.message}`));
}
