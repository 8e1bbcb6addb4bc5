import ApartmentIcon from '@mui/icons-material/Apartment';
import {
  AutocompleteInput,
  Create,
  Datagrid,
  Edit,
  List,
  ReferenceInput,
  SearchInput,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  required,
} from 'react-admin';
import { vietnameseExporter } from '../common/export';
import { EnumField, readable } from '../common/fields';
import { AgencyInput, unitFilter } from '../common/inputs';
import { choices } from '../i18n/domain';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Tên hoặc tên viết tắt" />,
  unitFilter(),
  <SelectInput key="kind" source="kind" choices={choices('AgencyKind')} alwaysOn />,
];

const exporter = vietnameseExporter('Agency', ['name', 'shortName', 'kind', 'administrativeUnit.name'], { kind: 'AgencyKind' });

function AgencyList() {
  return (
    <List filters={filters} exporter={exporter} sort={{ field: 'name', order: 'ASC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <TextField source="shortName" sortable={false} />
        <EnumField source="kind" enumName="AgencyKind" />
        <TextField source="administrativeUnit.name" label="Đơn vị hành chính" sortable={false} />
      </Datagrid>
    </List>
  );
}

function AgencyShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="shortName" />
        <EnumField source="kind" enumName="AgencyKind" />
        <TextField source="administrativeUnit.name" label="Đơn vị hành chính" />
        <TextField source="parent.name" label="Cơ quan cấp trên" emptyText="—" />
        {readable('Agency', 'contactEmail') && <TextField source="contactEmail" emptyText="—" />}
        {readable('Agency', 'contactPhone') && <TextField source="contactPhone" emptyText="—" />}
      </SimpleShowLayout>
    </Show>
  );
}

function AgencyForm() {
  return (
    <SimpleForm>
      <TextInput source="name" validate={required()} fullWidth />
      <TextInput source="shortName" />
      <SelectInput source="kind" choices={choices('AgencyKind')} validate={required()} />
      <ReferenceInput source="administrativeUnitId" reference="AdministrativeUnit">
        <AutocompleteInput optionText="name" validate={required()} sx={{ minWidth: 320 }} />
      </ReferenceInput>
      <AgencyInput source="parentId" label="Cơ quan cấp trên" />
      <TextInput source="contactEmail" type="email" />
      <TextInput source="contactPhone" />
    </SimpleForm>
  );
}

export const agencies = {
  list: AgencyList,
  show: AgencyShow,
  edit: () => (
    <Edit mutationMode="pessimistic">
      <AgencyForm />
    </Edit>
  ),
  create: () => (
    <Create redirect="show">
      <AgencyForm />
    </Create>
  ),
  icon: ApartmentIcon,
  recordRepresentation: 'name',
};
