import { Role, UnitLevel } from '../common/enums';
import type { Context } from '../context';
import { access, forbidden, unitInScope } from './access';
import { hasRole } from './principal';

/** National catalogues (units, legal documents) are kept by the central level's admins. */
export const centralAdmin = access('centralAdmin', (ctx) => hasRole(ctx.auth, Role.ADMIN) && ctx.auth.unitLevel === UnitLevel.CENTRAL);

/** Admins manage accounts, keys and agencies of their scope, and may only place them within it. */
export const adminWithinScope = <T extends { id?: string; administrativeUnitId?: string }>(
  name: string,
  stored: (ctx: Context, id: number) => Promise<{ administrativeUnit: { id: number } } | null>,
) =>
  access(name, async (ctx, args) => {
    if (!hasRole(ctx.auth, Role.ADMIN)) return false;
    if (args === undefined) return true;
    const { id, administrativeUnitId } = args as T;
    const row = id ? await stored(ctx, Number(id)) : null;
    if (row && !(await unitInScope(ctx, row.administrativeUnit.id)))
      return forbidden('Chỉ quản trị được dữ liệu trong phạm vi đơn vị mình.');
    if (administrativeUnitId !== undefined && !(await unitInScope(ctx, Number(administrativeUnitId)))) {
      return forbidden('Chỉ gắn với đơn vị trong phạm vi của mình.', 'administrativeUnitId');
    }
    return true;
  });
