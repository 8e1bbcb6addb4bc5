import { badInput } from '../../common/errors';
import type { Context } from '../../context';

/** The caller's own unit; the mutation's rule already required a signed-in editor, who always has one. */
export function requireScope(ctx: Context): number {
  if (ctx.auth.unitId === undefined) throw badInput('file', 'Tài khoản chưa gắn với đơn vị nào.');
  return ctx.auth.unitId;
}
