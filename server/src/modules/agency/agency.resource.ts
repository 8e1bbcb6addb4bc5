import { Field, ID, InputType } from 'type-graphql';
import { AgencyKind } from '../../common/enums';
import type { ListSpec } from '../../common/list';
import { whereText } from '../../common/search';
import { idOf, one } from '../../kernel/data/relations';
import { defineResource, type ModuleDeclaration } from '../../kernel/data/resource';
import { inUnitSubtree } from '../unit/unit-subtree';
import { AdministrativeUnit } from '../unit/unit.entity';
import { Agency } from './agency.entity';
import { agencyRules } from './agency.rules';
import { AgencyFields, agencyUnused, saveAgency } from './agency.service';

@InputType('AgencyFilter')
export class AgencyFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true, description: 'Tìm theo tên hoặc tên viết tắt.' }) q?: string;
  @Field(() => ID, { nullable: true, description: 'Cơ quan của đơn vị này và các đơn vị trực thuộc.' }) administrativeUnitId?: string;
  @Field(() => AgencyKind, { nullable: true }) kind?: AgencyKind;
  @Field(() => ID, { nullable: true }) parentId?: string;
}

const agencyList: ListSpec<Agency, AgencyFilter> = {
  entity: Agency,
  sortable: { id: 'e.id', name: 'e.name', kind: 'e.kind' },
  defaultSort: 'name',
  applyFilter: (qb, f) => {
    if (f.ids) qb.andWhere({ id: { $in: f.ids.map(Number) } });
    whereText(qb, f.q);
    if (f.administrativeUnitId) qb.andWhere(inUnitSubtree('e.administrative_unit_id'), [Number(f.administrativeUnitId)]);
    if (f.kind) qb.andWhere({ kind: f.kind });
    if (f.parentId) qb.andWhere({ parent: Number(f.parentId) });
  },
};

export const agencyResource = defineResource({
  entity: Agency,
  rows: 'public',
  api: { plural: 'Agencies', what: 'cơ quan', list: agencyList, filter: AgencyFilter, describe: { one: 'Một cơ quan.' } },
  writes: {
    args: AgencyFields,
    required: ['name', 'kind', 'administrativeUnitId'],
    save: saveAgency,
    delete: agencyUnused,
  },
  relations: {
    administrativeUnitId: idOf('administrativeUnit'),
    administrativeUnit: one(() => AdministrativeUnit),
    parentId: idOf('parent', { nullable: true }),
    parent: one(() => Agency, { nullable: true }),
  },
});

export const agencyModule: ModuleDeclaration = { resources: [agencyResource], rules: [agencyRules] };
