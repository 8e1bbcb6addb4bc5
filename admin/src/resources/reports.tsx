import AssessmentIcon from '@mui/icons-material/Assessment';
import {
  ArrayField, ArrayInput, AutocompleteInput, Create, Datagrid, Edit, FunctionField, List, NumberField, NumberInput,
  ReferenceInput, SearchInput, SelectInput, Show, SimpleFormIterator, Tab, TabbedForm, FormTab, TabbedShowLayout, TextField, TextInput,
  required, useGetIdentity, TopToolbar, ListButton, EditButton,
} from 'react-admin';
import { EnumField, MoneyField, readable, VnDateField } from '../common/fields';
import { AgencyInput, MoneyInput, oneItemPerLine, unitFilter, VnDateInput } from '../common/inputs';
import { mayWrite } from '../api/permissions';
import { DownloadDocxButton } from '../documents/DownloadDocxButton';
import { choices } from '../i18n/domain';
import { HistoryPanel } from './history';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  unitFilter(),
  <NumberInput key="year" source="year" alwaysOn sx={{ minWidth: 110 }} />,
  <SelectInput key="status" source="status" choices={choices('ReportStatus')} alwaysOn />,
];

function ReportList() {
  return (
    <List filters={filters} sort={{ field: 'periodStart', order: 'DESC' }}>
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

function ReportShow() {
  return (
    <Show actions={<TopToolbar><ListButton /><EditButton /><DownloadDocxButton kind="reports" /></TopToolbar>}>
      <TabbedShowLayout>
        <Tab label="Thông tin chung">
          <TextField source="title" />
          <TextField source="symbol" emptyText="(dự thảo)" />
          <EnumField source="kind" enumName="ReportKind" />
          <EnumField source="status" enumName="ReportStatus" chip />
          <TextField source="administrativeUnit.name" label="Đơn vị" />
          <TextField source="issuingAgency.name" label="Cơ quan báo cáo" />
          <VnDateField source="periodStart" />
          <VnDateField source="periodEnd" />
          <VnDateField source="issuedOn" />
          <FunctionField source="respondsTo" render={(r: { respondsTo?: { symbol?: string; title: string } }) => r.respondsTo ? `${r.respondsTo.symbol ?? ''} ${r.respondsTo.title}` : '—'} />
        </Tab>
        <Tab label="Kết quả">
          <ArrayField source="results">
            <Datagrid bulkActionButtons={false} empty={<span>Chưa có kết quả.</span>}>
              <TextField source="heading" label="Nội dung" />
              <TextField source="outcome" label="Kết quả" />
              <EnumField source="status" enumName="ResultStatus" label="Đánh giá" />
            </Datagrid>
          </ArrayField>
          <ArrayField source="metrics">
            <Datagrid bulkActionButtons={false} empty={<span>Chưa có số liệu.</span>}>
              <TextField source="name" label="Chỉ tiêu" />
              <NumberField source="value" label="Số lượng" locales="vi-VN" />
              <TextField source="unit" label="Đơn vị tính" />
            </Datagrid>
          </ArrayField>
        </Tab>
        {readable('Report', 'spending') && (
          <Tab label="Kinh phí">
            <MoneyField source="spending" />
            <ArrayField source="spendingLines">
              <Datagrid bulkActionButtons={false} empty={<span>Chưa có khoản chi.</span>}>
                <TextField source="fiscalYear" label="Năm" />
                <TextField source="description" label="Nội dung chi" />
                <EnumField source="source" enumName="BudgetSource" label="Nguồn" />
                <MoneyField source="plannedAmount" label="Dự toán" />
                <MoneyField source="spentAmount" label="Đã chi" />
              </Datagrid>
            </ArrayField>
          </Tab>
        )}
        <Tab label="Nhiệm vụ, kiến nghị">
          <FunctionField source="nextTasks" render={(r: { nextTasks?: string[] }) => <ul>{(r.nextTasks ?? []).map((t, i) => <li key={i}>{t}</li>)}</ul>} />
          <TextField source="recommendations" emptyText="—" />
        </Tab>
        <Tab label="Lịch sử thay đổi" path="history">
          <HistoryPanel resource="Report" />
        </Tab>
      </TabbedShowLayout>
    </Show>
  );
}

function ReportForm({ creating }: { creating?: boolean }) {
  const { identity } = useGetIdentity();
  if (creating && !identity) return null;
  const year = new Date().getFullYear();
  const defaults = creating
    ? { administrativeUnitId: identity?.unitId, status: 'DRAFT', kind: 'PERIODIC', periodStart: `${year}-01-01`, periodEnd: `${year}-12-31` }
    : undefined;
  return (
    <TabbedForm defaultValues={defaults} warnWhenUnsavedChanges>
      <FormTab label="Thông tin chung">
        <TextInput source="title" disabled={!mayWrite('Report', 'title')} validate={required()} fullWidth />
        <ReferenceInput source="administrativeUnitId" reference="AdministrativeUnit" filter={identity?.unitId ? { withinUnitId: identity.unitId } : {}}>
          <AutocompleteInput optionText="name" validate={required()} disabled={!creating} sx={{ minWidth: 320 }} />
        </ReferenceInput>
        <AgencyInput source="issuingAgencyId" disabled={!mayWrite('Report', 'issuingAgencyId')} label="Cơ quan báo cáo" validate={required()} />
        <ReferenceInput source="obligationId" reference="ReportingObligation" filter={identity?.unitId ? { administrativeUnitId: identity.unitId } : {}} sort={{ field: 'dueDate', order: 'DESC' }}>
          <AutocompleteInput label="Thực hiện nghĩa vụ báo cáo" disabled={!mayWrite('Report', 'obligationId')} sx={{ minWidth: 480 }} />
        </ReferenceInput>
        <SelectInput source="kind" disabled={!mayWrite('Report', 'kind')} choices={choices('ReportKind')} validate={required()} />
        <SelectInput source="status" disabled={!mayWrite('Report', 'status')} choices={choices('ReportStatus')} validate={required()} />
        <TextInput source="symbol" disabled={!mayWrite('Report', 'symbol')} />
        <VnDateInput source="periodStart" disabled={!mayWrite('Report', 'periodStart')} validate={required()} />
        <VnDateInput source="periodEnd" disabled={!mayWrite('Report', 'periodEnd')} validate={required()} />
        <VnDateInput source="issuedOn" disabled={!mayWrite('Report', 'issuedOn')} />
      </FormTab>
      <FormTab label="Kết quả">
        <ArrayInput source="results">
          <SimpleFormIterator disabled={!mayWrite('Report', 'results')}>
            <TextInput source="heading" label="Nội dung" validate={required()} fullWidth />
            <TextInput source="outcome" label="Kết quả" validate={required()} multiline fullWidth />
            <SelectInput source="status" label="Đánh giá" choices={choices('ResultStatus')} defaultValue="DONE" />
          </SimpleFormIterator>
        </ArrayInput>
        <ArrayInput source="metrics">
          <SimpleFormIterator inline disabled={!mayWrite('Report', 'metrics')}>
            <TextInput source="name" label="Chỉ tiêu" validate={required()} sx={{ minWidth: 320 }} />
            <NumberInput source="value" label="Số lượng" validate={required()} />
            <TextInput source="unit" label="Đơn vị tính" />
          </SimpleFormIterator>
        </ArrayInput>
      </FormTab>
      <FormTab label="Kinh phí">
        <MoneyInput source="spending" disabled={!mayWrite('Report', 'spending')} />
      </FormTab>
      <FormTab label="Nhiệm vụ, kiến nghị">
        <TextInput source="nextTasks" disabled={!mayWrite('Report', 'nextTasks')} multiline fullWidth helperText="Mỗi dòng một nhiệm vụ" {...oneItemPerLine} />
        <TextInput source="recommendations" disabled={!mayWrite('Report', 'recommendations')} multiline fullWidth />
      </FormTab>
    </TabbedForm>
  );
}

export const reports = {
  list: ReportList,
  show: ReportShow,
  edit: () => <Edit mutationMode="pessimistic"><ReportForm /></Edit>,
  create: () => <Create redirect="show"><ReportForm creating /></Create>,
  icon: AssessmentIcon,
  recordRepresentation: (r: { symbol?: string | null; title: string }) => r.symbol ?? r.title,
};
