import { ArgsType, Field, ID } from 'type-graphql';
import { hashPassword } from '../../auth/password';
import { Role } from '../../common/enums';
import { badInput, conflict } from '../../common/errors';
import { assignDefined, requireRef } from '../../common/refs';
import type { Write } from '../../kernel/data/write';
import { AdministrativeUnit } from '../unit/unit.entity';
import { User } from './user.entity';

@ArgsType()
export class UserFields {
  @Field(() => String, { nullable: true }) username?: string;
  @Field(() => String, { nullable: true }) displayName?: string;
  @Field(() => String, { nullable: true, description: 'Mật khẩu mới, ít nhất 8 ký tự; chỉ lưu bản băm.' }) password?: string;
  @Field(() => ID, { nullable: true }) administrativeUnitId?: string;
  @Field(() => [Role], { nullable: true }) roles?: Role[];
  @Field(() => Boolean, { nullable: true }) disabled?: boolean;
}

export async function saveUser({ em }: Write, user: User, { password, administrativeUnitId, ...fields }: UserFields): Promise<User> {
  if (fields.username !== undefined && !/^[a-z0-9._-]{3,64}$/.test(fields.username))
    throw badInput('username', 'Tên đăng nhập gồm 3–64 ký tự: chữ thường không dấu, số, dấu chấm, gạch.');
  if (fields.username && fields.username !== user.username && (await em.count(User, { username: fields.username })))
    throw conflict('username', `Tên đăng nhập "${fields.username}" đã có.`);
  if (password !== undefined && password.length < 8) throw badInput('password', 'Mật khẩu phải có ít nhất 8 ký tự.');
  assignDefined(user, fields as Partial<User>);
  if (password) user.passwordHash = await hashPassword(password);
  if (administrativeUnitId)
    user.administrativeUnit = await requireRef(em, AdministrativeUnit, administrativeUnitId, 'administrativeUnitId', 'đơn vị hành chính');
  await em.persist(user).flush();
  return user;
}
