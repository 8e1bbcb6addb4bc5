import { Field, ObjectType } from 'type-graphql';
import { PrincipalKind } from '../../auth/principal';
import { Role } from '../../common/enums';
import { AdministrativeUnit } from '../unit/unit.entity';
import { User } from '../user/user.entity';

@ObjectType('LoginResult', { description: 'Kết quả đăng nhập: mã phiên (Bearer) và người dùng.' })
export class LoginResult {
  @Field(() => String) token!: string;
  @Field(() => User) user!: User;
}

@ObjectType('ResourcePermission', { description: 'Những gì người gọi được làm với một loại dữ liệu.' })
export class ResourcePermission {
  @Field(() => String, { description: 'Tên kiểu GraphQL, ví dụ "Plan".' }) resource!: string;
  @Field(() => [String], { description: 'Trong list, show, create, update, delete.' }) operations!: string[];
  @Field(() => [String], { description: 'Trường đọc được (với bản ghi của chính đơn vị mình).' }) readableFields!: string[];
  @Field(() => [String], { description: 'Tham số ghi được của createX/updateX.' }) writableFields!: string[];
}

@ObjectType('Permissions', { description: 'Quyền của người gọi, để giao diện chỉ hiện những gì dùng được.' })
export class Permissions {
  @Field(() => PrincipalKind) principal!: PrincipalKind;
  @Field(() => [Role]) roles!: Role[];
  @Field(() => AdministrativeUnit, { nullable: true }) administrativeUnit?: AdministrativeUnit;
  @Field(() => [ResourcePermission]) resources!: ResourcePermission[];
}
