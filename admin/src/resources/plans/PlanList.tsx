import {
  CreateButton,
  DatagridConfigurable,
  ExportButton,
  List,
  NumberInput,
  SearchInput,
  SelectColumnsButton,
  SelectInput,
  TextField,
  TopToolbar,
} from 'react-admin';
import { vietnameseExporter } from '../../common/export';
import { EnumField, MoneyField, readable, VnDateField } from '../../common/fields';
import { unitFilter } from '../../common/inputs';
import { choices } from '../../i18n/domain';
import { ImportButton } from '../../documents/ImportPage';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Tìm theo tên, số ký hiệu, nội dung" />,
  unitFilter(),
  <NumberInput key="year" source="year" label="Năm" alwaysOn sx={{ width: 110 }} />,
  <SelectInput key="status" source="status" label="Trạng thái" choices={choices('PlanStatus')} alwaysOn />,
];

const exporter = vietnameseExporter(
  'Plan',
  ['symbol', 'title', 'administrativeUnit.name', 'startYear', 'endYear', 'status', 'issuedOn', 'issuingAgency.name', 'budgetTotal'],
  { status: 'PlanStatus' },
);

function Actions() {
  return (
    <TopToolbar>
      <SelectColumnsButton />
      <CreateButton />
      <ImportButton />
      <ExportButton />
    </TopToolbar>
  );
}

export function PlanList() {
  return (
    <List
      filters={filters}
      actions={<Actions />}
      exporter={exporter}
      sort={{ field: 'startYear', order: 'DESC' }}
      title="Kế hoạch thông tin đối ngoại"
    >
      <DatagridConfigurable rowClick="show" bulkActionButtons={false}>
        <TextField source="symbol" emptyText="(dự thảo)" />
        <TextField source="title" />
        <TextField source="administrativeUnit.name" label="Đơn vị" sortable={false} />
        <TextField source="startYear" label="Năm" />
        <EnumField source="status" enumName="PlanStatus" chip />
        <VnDateField source="issuedOn" />
        {readable('Plan', 'budgetTotal') && <MoneyField source="budgetTotal" sortable={false} />}
      </DatagridConfigurable>
    </List>
  );
}
