import { Field, ID, InputType } from 'type-graphql';
import { Role } from '../../common/enums';
import { type ListSpec } from '../../common/list';
import { whereText } from '../../common/search';
import { idOf, one } from '../../kernel/data/relations';
import { defineResource, type ModuleDeclaration } from '../../kernel/data/resource';
import { inUnitSubtree } from '../unit/unit-subtree';
import { AdministrativeUnit } from '../unit/unit.entity';
import { User } from './user.entity';
import { userRows, userRules } from './user.rules';
import { saveUser, UserFields } from './user.service';

@InputType('UserFilter')
export class UserFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => ID, { nullable: true, description: 'Người dùng của đơn vị này và các đơn vị trực thuộc.' }) administrativeUnitId?: string;
  @Field(() => Role, { nullable: true }) role?: Role;
  @Field(() => Boolean, { nullable: true }) disabled?: boolean;
}

const userList: ListSpec<User, UserFilter> = {
  entity: User,
  sortable: { id: 'e.id', username: 'e.username', displayName: 'e.display_name' },
  defaultSort: 'username',
  applyFilter: (qb, f) => {
    if (f.ids) qb.andWhere({ id: { $in: f.ids.map(Number) } });
    whereText(qb, f.q);
    if (f.administrativeUnitId) qb.andWhere(inUnitSubtree('e.administrative_unit_id'), [Number(f.administrativeUnitId)]);
    if (f.role) qb.andWhere('e.roles @> ?::jsonb', [JSON.stringify([f.role])]);
    if (f.disabled !== undefined && f.disabled !== null) qb.andWhere({ disabled: f.disabled });
  },
};

export const userResource = defineResource({
  entity: User,
  rows: userRows,
  api: { plural: 'Users', what: 'người dùng', list: userList, filter: UserFilter, describe: { one: 'Một người dùng.' } },
  writes: {
    args: UserFields,
    required: ['username', 'displayName', 'password', 'administrativeUnitId'],
    save: saveUser,
    delete: true,
  },
  relations: {
    administrativeUnitId: idOf('administrativeUnit', { nullable: true }),
    administrativeUnit: one(() => AdministrativeUnit, { nullable: true }),
  },
});

export const userModule: ModuleDeclaration = { resources: [userResource], rules: [userRules] };
