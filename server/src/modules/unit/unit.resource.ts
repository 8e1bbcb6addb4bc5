import { Field, ID, InputType } from 'type-graphql';
import { UnitKind, UnitLevel } from '../../common/enums';
import type { ListSpec } from '../../common/list';
import { whereText } from '../../common/search';
import { idOf, many, one } from '../../kernel/data/relations';
import { defineResource, type ModuleDeclaration } from '../../kernel/data/resource';
import { inUnitSubtree } from './unit-subtree';
import { AdministrativeUnit } from './unit.entity';
import { unitRules } from './unit.rules';
import { saveUnit, UnitFields, unitUnused } from './unit.service';

@InputType('AdministrativeUnitFilter')
export class AdministrativeUnitFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true, description: 'Tìm theo tên hoặc mã.' }) q?: string;
  @Field(() => UnitLevel, { nullable: true }) level?: UnitLevel;
  @Field(() => UnitKind, { nullable: true }) kind?: UnitKind;
  @Field(() => ID, { nullable: true, description: 'Đơn vị cấp trên trực tiếp.' }) parentId?: string;
  @Field(() => ID, { nullable: true, description: 'Đơn vị này và mọi đơn vị trực thuộc.' }) withinUnitId?: string;
  @Field(() => String, { nullable: true }) code?: string;
  @Field(() => String, { nullable: true, description: 'Chỉ các đơn vị còn hiệu lực vào ngày này (YYYY-MM-DD).' }) validOn?: string;
}

export const unitList: ListSpec<AdministrativeUnit, AdministrativeUnitFilter> = {
  entity: AdministrativeUnit,
  sortable: { id: 'e.id', code: 'e.code', name: 'e.name', level: 'e.level', fullName: 'e.full_name' },
  defaultSort: 'code',
  applyFilter: (qb, f) => {
    if (f.ids) qb.andWhere({ id: { $in: f.ids.map(Number) } });
    whereText(qb, f.q, 'e.code = ?', [f.q?.trim()]);
    if (f.level) qb.andWhere({ level: f.level });
    if (f.kind) qb.andWhere({ kind: f.kind });
    if (f.parentId) qb.andWhere({ parent: Number(f.parentId) });
    if (f.withinUnitId) qb.andWhere(inUnitSubtree('e.id'), [Number(f.withinUnitId)]);
    if (f.code) qb.andWhere({ code: f.code });
    if (f.validOn)
      qb.andWhere('(e.valid_from is null or e.valid_from <= ?) and (e.valid_to is null or e.valid_to >= ?)', [f.validOn, f.validOn]);
  },
};

export const unitResource = defineResource({
  entity: AdministrativeUnit,
  rows: 'public',
  api: {
    plural: 'AdministrativeUnits',
    what: 'đơn vị hành chính',
    list: unitList,
    filter: AdministrativeUnitFilter,
    describe: { one: 'Một đơn vị hành chính.' },
  },
  writes: {
    args: UnitFields,
    required: ['code', 'name', 'fullName', 'kind', 'level'],
    save: saveUnit,
    delete: unitUnused,
  },
  relations: {
    parentId: idOf('parent', { nullable: true }),
    parent: one(() => AdministrativeUnit, { nullable: true }),
    children: many(() => AdministrativeUnit, 'parent', { orderBy: { code: 'asc' } }),
    successor: one(() => AdministrativeUnit, { nullable: true, description: 'Đơn vị kế thừa sau khi đơn vị này chấm dứt.' }),
    predecessors: many(() => AdministrativeUnit, 'successor', {
      orderBy: { code: 'asc' },
      description: 'Các đơn vị mà đơn vị này kế thừa.',
    }),
  },
});

export const unitModule: ModuleDeclaration = { resources: [unitResource], rules: [unitRules] };
