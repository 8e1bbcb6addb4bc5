import type { EntityManager } from '@mikro-orm/postgresql';
import { getNamedType, type GraphQLSchema } from 'graphql';
import { sentFields } from '../../auth/write-guard';
import type { Context } from '../../context';
import type { WriteEvent, WriteObserver } from '../../kernel/data/write';
import { changes, snapshot, type Snapshot } from './audit-changes';
import { AuditEntry } from './audit.entity';

const argumentNames = (args: object) => sentFields(args).filter((k) => k !== 'password');

type Entry = Partial<Omit<AuditEntry, 'administrativeUnit'>> & { operation: string; administrativeUnit?: number | null };

async function record(em: EntityManager, ctx: Context, entry: Entry) {
  await em.insert(AuditEntry, {
    actorKind: ctx.auth.kind, actorId: ctx.auth.id ?? null, administrativeUnit: ctx.auth.unitId ?? null, fields: [], changes: null, ...entry,
  });
}

/** Every generated write records, in its own transaction, each changed field's value before and after. */
export const auditTrail: WriteObserver<Snapshot | undefined> = {
  before: ({ em, type, table, id }: WriteEvent) => snapshot(em, type, table, id!),
  after: async ({ em, ctx, type, table, operation, id, args }: WriteEvent, before) => {
    const after = operation.startsWith('delete') || id === undefined ? undefined : await snapshot(em, type, table, id);
    await record(em, ctx, { operation, targetType: type, targetId: id === undefined ? null : String(id), fields: argumentNames(args), changes: changes(before, after) });
  },
};

/**
 * Mutations outside the generated write path (signing in) are recorded after they succeed; a refused sign-in is
 * recorded too, under the account's unit when the account exists, so its admins see guessing against it.
 */
export function auditOtherMutations(schema: GraphQLSchema, generated: ReadonlySet<string>): GraphQLSchema {
  for (const [name, field] of Object.entries(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve;
    if (!resolve || generated.has(name)) continue;
    field.resolve = async (source, args, ctx: Context, info) => {
      const em = ctx.em.fork();
      try {
        const result = await resolve(source, args, ctx, info);
        if (result instanceof Error) throw result;
        await record(em, ctx, { operation: name, targetType: getNamedType(info.returnType).name, fields: argumentNames(args) });
        return result;
      } catch (error) {
        if (name === 'login') await recordFailedSignIn(em, ctx, String((args as { username?: string }).username ?? ''));
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
    operation: 'loginFailed', targetType: 'User', targetId: user ? String(user.id) : null, administrativeUnit: user?.administrative_unit_id ?? null,
    fields: ['username'], changes: [{ field: 'username', before: null, after: account }],
  }).catch((error: Error) => ctx.log.error({ err: error }, 'failed sign-in not recorded'));
}
