import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../../auth/password';
import { Role, UnitKind, UnitLevel } from '../../common/enums';
import { REBUILD_UNIT_PATHS } from '../unit/unit-subtree';
import { AdministrativeUnit } from '../unit/unit.entity';
import { User } from './user.entity';

const CENTRAL = { code: 'VN', name: 'Trung ương', fullName: 'Cấp Trung ương', kind: UnitKind.NATION, level: UnitLevel.CENTRAL };

/**
 * The first administrator of a real deployment, bound to the central unit (created when the database has no
 * units yet), so that everything else can be set up through the console. Refuses an existing user name.
 */
export async function createFirstAdmin(em: EntityManager, username: string, password: string): Promise<User> {
  const name = username.trim().toLowerCase();
  if (!/^[a-z0-9._-]{3,64}$/.test(name)) throw new Error('Tên đăng nhập chỉ gồm chữ thường không dấu, số, ".", "_", "-" (3–64 ký tự).');
  if (password.length < 8) throw new Error('Mật khẩu phải có ít nhất 8 ký tự.');
  return em.transactional(async (tx) => {
    if (await tx.count(User, { username: name })) throw new Error(`Tài khoản "${name}" đã tồn tại.`);
    let central = await tx.findOne(AdministrativeUnit, { parent: null, level: UnitLevel.CENTRAL });
    if (!central) {
      central = tx.create(AdministrativeUnit, CENTRAL);
      await tx.flush();
      await tx.execute(REBUILD_UNIT_PATHS);
    }
    const user = tx.create(User, {
      username: name,
      displayName: 'Quản trị hệ thống',
      administrativeUnit: central,
      roles: [Role.ADMIN],
      passwordHash: await hashPassword(password),
    });
    await tx.flush();
    return user;
  });
}
