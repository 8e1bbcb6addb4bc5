import {
  ArrayInput,
  AutocompleteInput,
  NumberInput,
  ReferenceInput,
  SelectInput,
  SimpleFormIterator,
  TabbedForm,
  TextInput,
  required,
  useGetIdentity,
  useRecordContext,
} from 'react-admin';
import { mayWrite } from '../../api/permissions';
import { reportStatuses } from '../../api/transitions';
import { budgetLineInputs } from '../../common/budget-line-inputs';
import { AbolishedUnitWarning, LazyFormTab } from '../../common/form-parts';
import { AgencyInput, MoneyInput, oneItemPerLine, OwnScopeUnitInput, VnDateInput } from '../../common/inputs';
import { choices } from '../../i18n/domain';

const writable = (field: string) => mayWrite('Report', field);

function StatusInput() {
  const record = useRecordContext<{ status?: string; administrativeUnitId?: string }>();
  return <SelectInput source="status" choices={choices('ReportStatus', reportStatuses(record))} validate={required()} />;
}

/** A report is edited like a plan: its sections, results and spending lines nested, added, removed and reordered. */
export function ReportForm({ creating }: { creating?: boolean }) {
  const { identity } = useGetIdentity();
  if (creating && !identity) return null;
  const year = new Date().getFullYear();
  const defaults = creating
    ? {
        administrativeUnitId: identity?.unitId,
        status: 'DRAFT',
        kind: 'PERIODIC',
        periodStart: `${year}-01-01`,
        periodEnd: `${year}-12-31`,
        sections: [],
        results: [],
        spendingLines: [],
      }
    : undefined;
  const any = (...fields: string[]) => fields.some(writable);
  return (
    <TabbedForm defaultValues={defaults} warnWhenUnsavedChanges>
      <LazyFormTab label="Thông tin chung">
        <AbolishedUnitWarning />
        {writable('title') && <TextInput source="title" validate={required()} fullWidth />}
        {creating && writable('administrativeUnitId') && <OwnScopeUnitInput unitId={identity?.unitId} />}
        {writable('issuingAgencyId') && <AgencyInput source="issuingAgencyId" label="Cơ quan báo cáo" validate={required()} />}
        {writable('obligationId') && (
          <ReferenceInput
            source="obligationId"
            reference="ReportingObligation"
            filter={identity?.unitId ? { administrativeUnitId: identity.unitId } : {}}
            sort={{ field: 'dueDate', order: 'DESC' }}
          >
            <AutocompleteInput label="Thực hiện nghĩa vụ báo cáo" sx={{ minWidth: 480 }} />
          </ReferenceInput>
        )}
        {writable('kind') && <SelectInput source="kind" choices={choices('ReportKind')} validate={required()} />}
        {writable('status') && <StatusInput />}
        {writable('symbol') && <TextInput source="symbol" helperText="Số ký hiệu khi gửi, ví dụ 12/BC-UBND" />}
        {writable('periodStart') && <VnDateInput source="periodStart" validate={required()} />}
        {writable('periodEnd') && <VnDateInput source="periodEnd" validate={required()} />}
        {writable('issuedOn') && <VnDateInput source="issuedOn" />}
        {writable('respondsToId') && (
          <ReferenceInput source="respondsToId" reference="LegalDocument">
            <AutocompleteInput
              label="Trả lời văn bản (kế hoạch)"
              optionText={(d: { symbol?: string; title: string }) => `${d.symbol ?? ''} ${d.title}`}
              sx={{ minWidth: 480 }}
            />
          </ReferenceInput>
        )}
      </LazyFormTab>
      {any('preamble', 'sections', 'closing') && (
        <LazyFormTab label="Nội dung báo cáo">
          {writable('preamble') && <TextInput source="preamble" multiline fullWidth />}
          {writable('sections') && (
            <ArrayInput source="sections">
              <SimpleFormIterator>
                <TextInput source="label" label="Số mục" placeholder="I" sx={{ minWidth: 120 }} />
                <TextInput source="heading" label="Đề mục" validate={required()} fullWidth />
                <TextInput source="body" label="Nội dung" multiline fullWidth minRows={3} />
                <ArrayInput source="children" label="Mục con">
                  <SimpleFormIterator>
                    <TextInput source="label" label="Số mục" placeholder="1" sx={{ minWidth: 120 }} />
                    <TextInput source="heading" label="Đề mục" validate={required()} fullWidth />
                    <TextInput source="body" label="Nội dung" multiline fullWidth />
                  </SimpleFormIterator>
                </ArrayInput>
              </SimpleFormIterator>
            </ArrayInput>
          )}
          {writable('closing') && <TextInput source="closing" multiline fullWidth />}
        </LazyFormTab>
      )}
      {any('results', 'metrics') && (
        <LazyFormTab label="Kết quả">
          {writable('results') && (
            <ArrayInput source="results">
              <SimpleFormIterator>
                <TextInput source="heading" label="Nội dung" validate={required()} fullWidth />
                <TextInput source="outcome" label="Kết quả" validate={required()} multiline fullWidth />
                <SelectInput source="status" label="Đánh giá" choices={choices('ResultStatus')} defaultValue="DONE" validate={required()} />
              </SimpleFormIterator>
            </ArrayInput>
          )}
          {writable('metrics') && (
            <ArrayInput source="metrics">
              <SimpleFormIterator inline>
                <TextInput source="name" label="Chỉ tiêu" validate={required()} sx={{ minWidth: 320 }} />
                <NumberInput source="value" label="Số lượng" validate={required()} />
                <TextInput source="unit" label="Đơn vị tính" />
              </SimpleFormIterator>
            </ArrayInput>
          )}
        </LazyFormTab>
      )}
      {any('spending', 'spendingLines') && (
        <LazyFormTab label="Kinh phí">
          {writable('spending') && <MoneyInput source="spending" />}
          {writable('spendingLines') && (
            <ArrayInput source="spendingLines" label="Các khoản chi">
              <SimpleFormIterator inline sx={{ '& .RaSimpleFormIterator-inline': { flexWrap: 'wrap', rowGap: 0 } }}>
                {budgetLineInputs(year)}
              </SimpleFormIterator>
            </ArrayInput>
          )}
        </LazyFormTab>
      )}
      {any('nextTasks', 'recommendations') && (
        <LazyFormTab label="Nhiệm vụ, kiến nghị">
          {writable('nextTasks') && (
            <TextInput source="nextTasks" multiline fullWidth helperText="Mỗi dòng một nhiệm vụ" {...oneItemPerLine} />
          )}
          {writable('recommendations') && <TextInput source="recommendations" multiline fullWidth />}
        </LazyFormTab>
      )}
    </TabbedForm>
  );
}
