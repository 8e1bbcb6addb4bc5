import { CreateButton, Datagrid, ExportButton, List, NumberInput, SearchInput, SelectInput, TextField, TopToolbar } from 'react-admin';
import { vietnameseExporter } from '../../common/export';
import { EnumField, MoneyField, readable, VnDateField } from '../../common/fields';
import { unitFilter } from '../../common/inputs';
import { choices } from '../../i18n/domain';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Tìm theo tên, số ký hiệu, nội dung" />,
  unitFilter(),
  <NumberInput key="year" source="year" alwaysOn sx={{ minWidth: 110 }} />,
  <SelectInput key="status" source="status" choices={choices('ReportStatus')} alwaysOn />,
];

const exporter = vietnameseExporter(
  'Report',
  ['symbol', 'title', 'administrativeUnit.name', 'kind', 'periodStart', 'periodEnd', 'status', 'spending'],
  { kind: 'ReportKind', status: 'ReportStatus' },
);

export function ReportList() {
  return (
    <List
      filters={filters}
      sort={{ field: 'periodStart', order: 'DESC' }}
      exporter={exporter}
      actions={
        <TopToolbar>
          <CreateButton />
          <ExportButton />
        </TopToolbar>
      }
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="symbol" emptyText="(dự thảo)" />
        <TextField source="title" />
        <TextField source="administrativeUnit.name" label="Đơn vị" sortable={false} />
        <EnumField source="kind" enumName="ReportKind" sortable={false} />
        <VnDateField source="periodStart" />
        <VnDateField source="periodEnd" />
        <EnumField source="status" enumName="ReportStatus" chip />
        {readable('Report', 'spending') && <MoneyField source="spending" sortable={false} />}
      </Datagrid>
    </List>
  );
}
