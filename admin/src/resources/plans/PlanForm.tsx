import { Typography } from '@mui/material';
import {
  ArrayInput,
  AutocompleteInput,
  BooleanInput,
  FormDataConsumer,
  NumberInput,
  ReferenceInput,
  SelectArrayInput,
  SelectInput,
  SimpleFormIterator,
  TabbedForm,
  TextInput,
  required,
  useGetIdentity,
} from 'react-admin';
import { mayWrite } from '../../api/permissions';
import { initialPlanStatuses } from '../../api/transitions';
import { budgetLineInputs } from '../../common/budget-line-inputs';
import { AbolishedUnitWarning, LazyFormTab } from '../../common/form-parts';
import { AgencyInput, oneItemPerLine, OwnScopeUnitInput, VnDateInput } from '../../common/inputs';
import { choices } from '../../i18n/domain';

/** Plan fields the user may write (myPermissions); the form offers exactly those. */
const writable = (field: string) => mayWrite('Plan', field);

/** A new plan's status: editors draft (or submit at once); later moves are the plan page's life-cycle buttons. */
function StatusInput() {
  return <SelectInput source="status" choices={choices('PlanStatus', initialPlanStatuses())} validate={required()} />;
}

const quarterChoices = [1, 2, 3, 4].map((q) => ({ id: q, name: `Quý ${q}` }));

/** The inputs of one activity; `nested` adds its sub-activities (1.a, 1.b). Numbers follow the order on save. */
function activityFields(nested: boolean) {
  return [
    <TextInput key="title" source="title" label="Nội dung" validate={required()} multiline fullWidth />,
    <SelectInput key="category" source="category" label="Nhóm nhiệm vụ" choices={choices('ActivityCategory')} />,
    <TextInput key="scheduleLabel" source="schedule.label" label="Thời gian thực hiện (như văn bản)" placeholder="Quý II/2024" />,
    <VnDateInput key="start" source="schedule.startDate" label="Từ ngày" />,
    <VnDateInput key="end" source="schedule.endDate" label="Đến ngày" />,
    <SelectArrayInput key="quarters" source="schedule.quarters" label="Các quý" choices={quarterChoices} sx={{ minWidth: 160 }} />,
    <BooleanInput key="continuous" source="schedule.continuous" label="Thường xuyên" />,
    <BooleanInput key="confidential" source="confidential" label="Mật" />,
    <ArrayInput key="participants" source="participants" label="Cơ quan chủ trì, phối hợp">
      <SimpleFormIterator inline disableReordering>
        <SelectInput source="role" label="Vai trò" choices={choices('ParticipantRole')} defaultValue="LEAD" validate={required()} />
        <AgencyInput source="agencyId" label="Cơ quan" validate={required()} />
      </SimpleFormIterator>
    </ArrayInput>,
    ...(nested
      ? [
          <ArrayInput key="children" source="children" label="Nội dung con (1.a, 1.b…)">
            <SimpleFormIterator>{activityFields(false)}</SimpleFormIterator>
          </ArrayInput>,
        ]
      : []),
  ];
}

const deadlineKinds = [
  { id: 'ONCE', name: 'Một lần' },
  { id: 'YEARLY', name: 'Hằng năm' },
];

/** A reporting deadline: one date, or a day and month every year; only the kind's own inputs are shown and sent. */
function DeadlineInputs() {
  return (
    <ArrayInput source="dueDates" label="Hạn báo cáo">
      <SimpleFormIterator inline disableReordering>
        <TextInput source="label" label="Như văn bản" placeholder="trước ngày 30/11" validate={required()} />
        <SelectInput source="kind" label="Loại hạn" choices={deadlineKinds} defaultValue="ONCE" validate={required()} />
        <FormDataConsumer>
          {({ scopedFormData }) =>
            scopedFormData?.kind === 'YEARLY' ? (
              <>
                <NumberInput source="recurringDay" label="Ngày" min={1} max={31} validate={required()} sx={{ minWidth: 100 }} />
                <NumberInput source="recurringMonth" label="Tháng" min={1} max={12} validate={required()} sx={{ minWidth: 100 }} />
              </>
            ) : (
              <VnDateInput source="dueDate" label="Ngày" validate={required()} />
            )
          }
        </FormDataConsumer>
      </SimpleFormIterator>
    </ArrayInput>
  );
}

export function PlanForm({ creating }: { creating?: boolean }) {
  const { identity } = useGetIdentity();
  const year = new Date().getFullYear();
  const defaults = creating
    ? {
        administrativeUnitId: identity?.unitId,
        status: 'DRAFT',
        startYear: year,
        endYear: year,
        objectives: [],
        requirements: [],
        activityTree: [],
        budgetLines: [],
      }
    : undefined;
  if (creating && !identity) return null;
  const any = (...fields: string[]) => fields.some(writable);
  return (
    <TabbedForm defaultValues={defaults} warnWhenUnsavedChanges>
      <LazyFormTab label="app.plan.tabs.general">
        <AbolishedUnitWarning />
        {writable('title') && <TextInput source="title" validate={required()} fullWidth multiline />}
        {creating && writable('administrativeUnitId') && <OwnScopeUnitInput unitId={identity?.unitId} />}
        {writable('issuingAgencyId') && <AgencyInput source="issuingAgencyId" label="Cơ quan ban hành" validate={required()} />}
        {writable('startYear') && <NumberInput source="startYear" validate={required()} />}
        {writable('endYear') && <NumberInput source="endYear" validate={required()} />}
        {creating && writable('status') && <StatusInput />}
        {writable('symbol') && <TextInput source="symbol" helperText="Trống khi còn là dự thảo, ví dụ 65/KH-UBND" />}
        {writable('place') && <TextInput source="place" helperText="Địa danh ở dòng ngày tháng, ví dụ Quảng Trị" />}
        {writable('issuedOn') && <VnDateInput source="issuedOn" />}
        {writable('parentPlanId') && (
          <ReferenceInput source="parentPlanId" reference="Plan" filter={{ status: 'ISSUED' }}>
            <AutocompleteInput
              optionText={(p: { symbol?: string; title: string }) => `${p.symbol ?? ''} ${p.title}`}
              sx={{ minWidth: 420 }}
            />
          </ReferenceInput>
        )}
        {writable('internalNote') && <TextInput source="internalNote" multiline fullWidth />}
      </LazyFormTab>
      {any('legalBases', 'preamble', 'objectives', 'requirements') && (
        <LazyFormTab label="app.plan.tabs.content">
          {writable('legalBases') && (
            <ArrayInput source="legalBases">
              <SimpleFormIterator inline>
                <SelectInput source="kind" label="Quan hệ" choices={choices('LegalBasisKind')} defaultValue="BASIS" validate={required()} />
                <ReferenceInput source="documentId" reference="LegalDocument">
                  <AutocompleteInput
                    label="Văn bản"
                    optionText={(d: { symbol?: string; title: string }) => `${d.symbol ?? ''} ${d.title}`}
                    validate={required()}
                    sx={{ minWidth: 480 }}
                  />
                </ReferenceInput>
              </SimpleFormIterator>
            </ArrayInput>
          )}
          {writable('preamble') && <TextInput source="preamble" multiline fullWidth helperText="Phần mở đầu sau các căn cứ" />}
          {writable('objectives') && <TextInput source="objectives" multiline fullWidth helperText="Mỗi dòng một ý" {...oneItemPerLine} />}
          {writable('requirements') && (
            <TextInput source="requirements" multiline fullWidth helperText="Mỗi dòng một ý" {...oneItemPerLine} />
          )}
        </LazyFormTab>
      )}
      {writable('activities') && (
        <LazyFormTab label="app.plan.tabs.activities">
          <Typography variant="body2" color="text.secondary">
            Thêm, sắp xếp (mũi tên lên/xuống) và lồng nội dung con; số thứ tự được đánh lại theo thứ tự khi lưu.
          </Typography>
          <ArrayInput source="activityTree" label="Nội dung, nhiệm vụ">
            <SimpleFormIterator>{activityFields(true)}</SimpleFormIterator>
          </ArrayInput>
        </LazyFormTab>
      )}
      {any('budgetNote', 'budgetLines') && (
        <LazyFormTab label="app.plan.tabs.budget">
          {writable('budgetNote') && <TextInput source="budgetNote" multiline fullWidth />}
          {writable('budgetLines') && (
            <ArrayInput source="budgetLines" label="Dòng kinh phí">
              <SimpleFormIterator inline sx={{ '& .RaSimpleFormIterator-inline': { flexWrap: 'wrap', rowGap: 0 } }}>
                {budgetLineInputs(year, [
                  <TextInput key="activityLabel" source="activityLabel" label="Thuộc nội dung số" sx={{ minWidth: 130 }} />,
                ])}
              </SimpleFormIterator>
            </ArrayInput>
          )}
        </LazyFormTab>
      )}
      {any('responsibilities', 'reportingRequirements') && (
        <LazyFormTab label="app.plan.tabs.organisation">
          {writable('responsibilities') && (
            <ArrayInput source="responsibilities" label="Nhiệm vụ của các cơ quan">
              <SimpleFormIterator>
                <AgencyInput source="agencyId" label="Cơ quan" validate={required()} />
                <TextInput source="duties" label="Nhiệm vụ (mỗi dòng một ý)" multiline fullWidth {...oneItemPerLine} />
              </SimpleFormIterator>
            </ArrayInput>
          )}
          {writable('reportingRequirements') && (
            <ArrayInput source="reportingRequirements" label="Chế độ báo cáo">
              <SimpleFormIterator>
                <TextInput source="description" label="Nội dung báo cáo" validate={required()} fullWidth />
                <TextInput source="reportTo" label="Gửi" validate={required()} />
                <TextInput source="via" label="Qua" />
                <DeadlineInputs />
              </SimpleFormIterator>
            </ArrayInput>
          )}
        </LazyFormTab>
      )}
      {any('signature', 'recipients', 'closing') && (
        <LazyFormTab label="app.plan.tabs.signing">
          {writable('signature') && (
            <>
              <TextInput source="signature.authority" label="Thẩm quyền ký" multiline placeholder={'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH'} />
              <TextInput source="signature.position" label="Chức vụ" />
              <TextInput source="signature.signerName" label="Họ tên người ký" />
            </>
          )}
          {writable('recipients') && (
            <ArrayInput source="recipients" label="Nơi nhận">
              <SimpleFormIterator inline>
                <TextInput source="name" label="Nơi nhận" validate={required()} sx={{ minWidth: 280 }} />
                <SelectInput source="purpose" label="Mục đích" choices={choices('RecipientPurpose')} defaultValue="EXECUTION" />
              </SimpleFormIterator>
            </ArrayInput>
          )}
          {writable('closing') && <TextInput source="closing" multiline fullWidth />}
        </LazyFormTab>
      )}
    </TabbedForm>
  );
}
