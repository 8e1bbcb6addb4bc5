import { Datagrid, ExportButton, FunctionField, List, NumberInput, SearchInput, SelectInput, TextField, TopToolbar } from 'react-admin';
import { vietnameseExporter } from '../../common/export';
import { EnumField, MoneyField, readable } from '../../common/fields';
import { unitFilter } from '../../common/inputs';
import { choices } from '../../i18n/domain';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Tìm theo nội dung chi" />,
  unitFilter(),
  <NumberInput key="fiscalYear" source="fiscalYear" label="Năm" alwaysOn sx={{ width: 110 }} />,
  <SelectInput key="source" source="source" label="Nguồn" choices={choices('BudgetSource')} alwaysOn />,
];

const exporter = vietnameseExporter(
  'BudgetLine',
  [
    'fiscalYear',
    'administrativeUnit.name',
    ['Kế hoạch', (l) => l.plan?.symbol ?? l.plan?.title ?? ''],
    'description',
    'source',
    'plannedAmount',
    'allocatedAmount',
    'spentAmount',
  ],
  { source: 'BudgetSource' },
);

/** Every budget line the user may read; a row opens its plan's budget page. */
export function BudgetLineList() {
  return (
    <List
      filters={filters}
      exporter={exporter}
      actions={
        <TopToolbar>
          <ExportButton />
        </TopToolbar>
      }
      sort={{ field: 'fiscalYear', order: 'DESC' }}
    >
      <Datagrid bulkActionButtons={false} rowClick={(_id, _resource, record) => (record.plan ? `/Plan/${record.plan.id}/budget` : false)}>
        <TextField source="fiscalYear" />
        <TextField source="administrativeUnit.name" label="Đơn vị" sortable={false} />
        <FunctionField
          label="Kế hoạch"
          render={(l: { plan?: { symbol?: string; title: string } }) => l.plan?.symbol ?? l.plan?.title ?? ''}
        />
        <TextField source="description" sortable={false} />
        <EnumField source="source" enumName="BudgetSource" />
        <MoneyField source="plannedAmount" />
        {readable('BudgetLine', 'allocatedAmount') && <MoneyField source="allocatedAmount" />}
        {readable('BudgetLine', 'spentAmount') && <MoneyField source="spentAmount" />}
      </Datagrid>
    </List>
  );
}
