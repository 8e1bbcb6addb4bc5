import type { EntityManager } from '@mikro-orm/postgresql';
import { getNamedType, type GraphQLSchema } from 'graphql';
import { sentFields } from '../../auth/write-guard';
import { parseId } from '../../common/ids';
import type { Context } from '../../context';
import { resourceNamed } from '../../kernel/data/registry';
import { inRequestTransaction, type WriteEvent, type WriteObserver } from '../../kernel/data/write';
import { changes, snapshot, type Snapshot } from './audit-changes';
import { AuditEntry } from './audit.entity';

const argumentNames = (args: object) => sentFields(args).filter((k) => k !== 'password');

type Entry = Partial<Omit<AuditEntry, 'administrativeUnit'>> & { operation: string; administrativeUnit?: number | null };

async function record(em: EntityManager, ctx: Context, entry: Entry) {
  await em.insert(AuditEntry, {
    actorKind: ctx.auth.kind,
    actorId: ctx.auth.id ?? null,
    administrativeUnit: ctx.auth.unitId ?? null,
    fields: [],
    fieldChanges: null,
    ...entry,
  });
}

/** Every generated write records, in its own transaction, each changed field's value before and after. */
export const auditTrail: WriteObserver<Snapshot | undefined> = {
  before: ({ em, type, table, id }: WriteEvent) => snapshot(em, type, table, id!),
  after: async ({ em, ctx, type, table, operation, id, args }: WriteEvent, before) => {
    const after = operation.startsWith('delete') || id === undefined ? undefined : await snapshot(em, type, table, id);
    await record(em, ctx, {
      operation,
      targetType: type,
      targetId: id === undefined ? null : String(id),
      fields: argumentNames(args),
      fieldChanges: changes(before, after),
    });
  },
};

/**
 * Mutations outside the generated write path (life-cycle moves, imports, signing in) run in one transaction with
 * their audit entry too: a mutation on one row (`id`) of a declared resource locks it first and records each changed
 * field before and after, like the generated writes. A refused sign-in is recorded as well, outside the rolled-back
 * transaction, under the account's unit when the account exists, so its admins see guessing against it.
 */
export function auditOtherMutations(schema: GraphQLSchema, generated: ReadonlySet<string>): GraphQLSchema {
  for (const [name, field] of Object.entries(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve;
    if (!resolve || generated.has(name)) continue;
    field.resolve = async (source, args, ctx: Context, info) => {
      const outer = ctx.em;
      const type = getNamedType(info.returnType).name;
      const declared = resourceNamed(type);
      const id = (args as { id?: string }).id;
      try {
        return await inRequestTransaction(ctx, async (em) => {
          const table = declared ? em.getMetadata().get(type).tableName : undefined;
          const key = table && id !== undefined ? parseId(id, 'id') : undefined;
          if (key !== undefined) await em.execute(`select id from "${table}" where id = ? for update`, [key]);
          const before = key !== undefined ? await snapshot(em, type, table!, key) : undefined;
          const result = await resolve(source, args, ctx, info);
          if (result instanceof Error) throw result;
          const saved = (result as { id?: number | string } | null)?.id ?? key;
          const after = table && saved !== undefined ? await snapshot(em, type, table, Number(saved)) : undefined;
          await record(em, ctx, {
            operation: name,
            targetType: type,
            targetId: saved === undefined ? null : String(saved),
            fields: argumentNames(args),
            fieldChanges: table ? changes(before, after) : null,
          });
          return result;
        });
      } catch (error) {
        if (name === 'login') await recordFailedSignIn(outer.fork(), ctx, String((args as { username?: string }).username ?? ''));
        throw error;
      }
    };
  }
  return schema;
}

async function recordFailedSignIn(em: EntityManager, ctx: Context, username: string) {
  const account = username.trim().toLowerCase();
  const [user] = await em.execute('select id, administrative_unit_id from app_user where username = ?', [account]);
  await record(em, ctx, {
    operation: 'loginFailed',
    targetType: 'User',
    targetId: user ? String(user.id) : null,
    administrativeUnit: user?.administrative_unit_id ?? null,
    fields: ['username'],
    fieldChanges: [{ field: 'username', before: null, after: account }],
  }).catch((error: Error) => ctx.log.error({ err: error }, 'failed sign-in not recorded'));
}
