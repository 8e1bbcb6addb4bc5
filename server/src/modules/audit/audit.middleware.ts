import { type GraphQLSchema, getNamedType } from 'graphql';
import { sentFields } from '../../auth/write-guard';
import type { Context } from '../../context';
import { AuditEntry } from './audit.entity';

/**
 * Records every mutation that succeeded (refusals and errors change nothing, so there is nothing to record).
 * The entry is written after the mutation's own transaction, in a separate statement: a lost entry is possible
 * if the process dies in between, a lost change is not.
 */
export function auditMutations(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve;
    if (!resolve) continue;
    field.resolve = async (source, args, ctx: Context, info) => {
      const result = await resolve(source, args, ctx, info);
      if (result instanceof Error) return result;
      const target = result as { id?: number | string } | null;
      const em = ctx.em.fork();
      em.create(AuditEntry, {
        actorKind: ctx.auth.kind, actorId: ctx.auth.id ?? null, administrativeUnit: ctx.auth.unitId ?? null,
        operation: info.fieldName, targetType: getNamedType(info.returnType).name,
        targetId: target?.id !== undefined ? String(target.id) : null,
        fields: sentFields(args as object).filter((k) => k !== 'password'),
      });
      await em.flush().catch((error: Error) => console.error(`audit entry for ${info.fieldName} not written: ${error.message}`));
      return result;
    };
  }
  return schema;
}
