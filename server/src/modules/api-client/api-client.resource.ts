import { Field, ID, InputType } from 'type-graphql';
import { likePattern, type ListSpec } from '../../common/list';
import { idOf, one } from '../../kernel/data/relations';
import { defineResource, type ModuleDeclaration } from '../../kernel/data/resource';
import { inUnitSubtree } from '../unit/unit-subtree';
import { AdministrativeUnit } from '../unit/unit.entity';
import { ApiClient } from './api-client.entity';
import { apiClientRows, apiClientRules } from './api-client.rules';
import { ApiClientFields, createApiClient } from './api-client.service';

@InputType('ApiClientFilter')
export class ApiClientFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => ID, { nullable: true }) administrativeUnitId?: string;
}

const apiClientList: ListSpec<ApiClient, ApiClientFilter> = {
  entity: ApiClient,
  sortable: { id: 'e.id', name: 'e.name', lastUsedAt: 'e.last_used_at' },
  defaultSort: 'name',
  applyFilter: (qb, f) => {
    if (f.ids) qb.andWhere({ id: { $in: f.ids.map(Number) } });
    if (f.q) qb.andWhere('e.name ilike ?', [likePattern(f.q)]);
    if (f.administrativeUnitId) qb.andWhere(inUnitSubtree('e.administrative_unit_id'), [Number(f.administrativeUnitId)]);
  },
};

export const apiClientResource = defineResource({
  entity: ApiClient,
  rows: apiClientRows,
  api: {
    plural: 'ApiClients',
    what: 'khóa truy cập',
    list: apiClientList,
    filter: ApiClientFilter,
    describe: {
      one: 'Một khóa truy cập.',
      create: 'Tạo khóa cho công cụ báo cáo; khóa bí mật chỉ trả về một lần, trong kết quả này.',
      delete: 'Thu hồi (xóa) khóa truy cập.',
    },
  },
  writes: { args: ApiClientFields, create: createApiClient, delete: true },
  relations: {
    administrativeUnitId: idOf('administrativeUnit', { nullable: true }),
    administrativeUnit: one(() => AdministrativeUnit, { nullable: true }),
  },
});

export const apiClientModule: ModuleDeclaration = { resources: [apiClientResource], rules: [apiClientRules] };
