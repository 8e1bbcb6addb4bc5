import GavelIcon from '@mui/icons-material/Gavel';
import {
  ArrayField,
  Create,
  Datagrid,
  Edit,
  List,
  NumberInput,
  ReferenceInput,
  AutocompleteInput,
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
import { EnumField, VnDateField } from '../common/fields';
import { VnDateInput } from '../common/inputs';
import { choices } from '../i18n/domain';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Số ký hiệu, trích yếu, cơ quan" />,
  <SelectInput key="type" source="documentType" choices={choices('DocumentType')} alwaysOn />,
  <NumberInput key="year" source="year" alwaysOn sx={{ minWidth: 110 }} />,
];

const exporter = vietnameseExporter('LegalDocument', ['symbol', 'documentType', 'issuedOn', 'issuerName', 'title'], {
  documentType: 'DocumentType',
});

function LegalDocumentList() {
  return (
    <List filters={filters} exporter={exporter} sort={{ field: 'issuedOn', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="symbol" />
        <EnumField source="documentType" enumName="DocumentType" />
        <VnDateField source="issuedOn" />
        <TextField source="issuerName" sortable={false} />
        <TextField source="title" />
      </Datagrid>
    </List>
  );
}

function LegalDocumentShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="symbol" />
        <EnumField source="documentType" enumName="DocumentType" />
        <VnDateField source="issuedOn" />
        <TextField source="issuerName" />
        <TextField source="title" />
        <ArrayField source="citedBy">
          <Datagrid
            bulkActionButtons={false}
            rowClick={(id) => `/Plan/${id}/show`}
            empty={<span>Chưa có kế hoạch nào dẫn văn bản này.</span>}
          >
            <TextField source="symbol" label="Số, ký hiệu" emptyText="(dự thảo)" />
            <TextField source="title" label="Kế hoạch" />
            <TextField source="administrativeUnit.name" label="Đơn vị" />
            <TextField source="startYear" label="Năm" />
            <EnumField source="status" enumName="PlanStatus" label="Trạng thái" chip />
          </Datagrid>
        </ArrayField>
      </SimpleShowLayout>
    </Show>
  );
}

function LegalDocumentForm() {
  return (
    <SimpleForm>
      <SelectInput source="documentType" choices={choices('DocumentType')} validate={required()} />
      <TextInput source="symbol" helperText="Như in trên văn bản, ví dụ 72/2015/NĐ-CP" />
      <VnDateInput source="issuedOn" />
      <TextInput source="issuerName" validate={required()} fullWidth />
      <ReferenceInput source="issuerId" reference="Agency">
        <AutocompleteInput optionText="name" sx={{ minWidth: 360 }} />
      </ReferenceInput>
      <TextInput source="title" validate={required()} multiline fullWidth />
    </SimpleForm>
  );
}

export const legalDocuments = {
  list: LegalDocumentList,
  show: LegalDocumentShow,
  edit: () => (
    <Edit mutationMode="pessimistic">
      <LegalDocumentForm />
    </Edit>
  ),
  create: () => (
    <Create redirect="show">
      <LegalDocumentForm />
    </Create>
  ),
  icon: GavelIcon,
  recordRepresentation: (r: { symbol?: string | null; title: string }) => r.symbol ?? r.title,
};
