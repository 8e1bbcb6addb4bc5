import { Typography } from '@mui/material';
import {
  ArrayInput, AutocompleteInput, BooleanInput, FormTab, NumberInput, ReferenceInput, SelectArrayInput, SelectInput,
  SimpleFormIterator, TabbedForm, TextInput, required, useGetIdentity, useRecordContext,
} from 'react-admin';
import { AgencyInput, MoneyInput, oneItemPerLine, VnDateInput } from '../../common/inputs';
import { choices } from '../../i18n/domain';
import { mayWrite, permissionStore } from '../../api/permissions';

/**
 * What a user may set the status to: editors send drafts for review, approvers issue, cancel or return them.
 * The plan's current status stays listed so the form shows it.
 */
function StatusInput() {
  const record = useRecordContext<{ status?: string }>();
  const roles = permissionStore.get()?.roles ?? [];
  const allowed = roles.includes('APPROVER') || roles.includes('ADMIN') ? undefined : ['DRAFT', 'IN_REVIEW', ...(record?.status ? [record.status] : [])];
  return <SelectInput source="status" choices={choices('PlanStatus', allowed)} validate={required()} disabled={!writable('status')} />;
}

/** Fields the user may not write are shown but locked: the API would refuse them, and the form must not pretend. */
const writable = (field: string) => mayWrite('Plan', field);

const quarterChoices = [1, 2, 3, 4].map((q) => ({ id: q, name: `Quý ${q}` }));

/** The inputs of one activity; `nested` adds its sub-activities (7.a, 7.b). */
function activityFields(nested: boolean) {
  return [
    <TextInput key="label" source="label" label="Số TT" helperText="Để trống: tự đánh số" sx={{ minWidth: 120 }} />,
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
        <ArrayInput key="children" source="children" label="Nội dung con (ví dụ 7.a, 7.b)">
          <SimpleFormIterator>{activityFields(false)}</SimpleFormIterator>
        </ArrayInput>,
      ]
      : []),
  ];
}

export function PlanForm({ creating }: { creating?: boolean }) {
  const { identity } = useGetIdentity();
  const year = new Date().getFullYear();
  const defaults = creating
    ? { administrativeUnitId: identity?.unitId, status: 'DRAFT', startYear: year, endYear: year, objectives: [], requirements: [], activityTree: [], budgetLines: [] }
    : undefined;
  if (creating && !identity) return null;
  return (
    <TabbedForm defaultValues={defaults} warnWhenUnsavedChanges>
      <FormTab label="app.plan.tabs.general">
        <TextInput source="title" disabled={!writable('title')} validate={required()} fullWidth multiline />
        <ReferenceInput source="administrativeUnitId" reference="AdministrativeUnit" filter={identity?.unitId ? { withinUnitId: identity.unitId } : {}}>
          <AutocompleteInput optionText="name" validate={required()} disabled={!creating || !writable('administrativeUnitId')} sx={{ minWidth: 320 }} />
        </ReferenceInput>
        <AgencyInput source="issuingAgencyId" disabled={!writable('issuingAgencyId')} label="Cơ quan ban hành" validate={required()} />
        <NumberInput source="startYear" disabled={!writable('startYear')} validate={required()} />
        <NumberInput source="endYear" disabled={!writable('endYear')} validate={required()} />
        <StatusInput />
        <TextInput source="symbol" disabled={!writable('symbol')} helperText="Trống khi còn là dự thảo, ví dụ 65/KH-UBND" />
        <TextInput source="place" disabled={!writable('place')} />
        <VnDateInput source="issuedOn" disabled={!writable('issuedOn')} />
        <ReferenceInput source="parentPlanId" reference="Plan" filter={{ status: 'ISSUED' }}>
          <AutocompleteInput optionText={(p: { symbol?: string; title: string }) => `${p.symbol ?? ''} ${p.title}`} disabled={!writable('parentPlanId')} sx={{ minWidth: 420 }} />
        </ReferenceInput>
        <TextInput source="internalNote" disabled={!writable('internalNote')} multiline fullWidth />
      </FormTab>
      <FormTab label="app.plan.tabs.content">
        <ArrayInput source="legalBases">
          <SimpleFormIterator disabled={!writable('legalBases')} inline>
            <SelectInput source="kind" label="Quan hệ" choices={choices('LegalBasisKind')} defaultValue="BASIS" validate={required()} />
            <ReferenceInput source="documentId" reference="LegalDocument">
              <AutocompleteInput label="Văn bản" optionText={(d: { symbol?: string; title: string }) => `${d.symbol ?? ''} ${d.title}`} validate={required()} sx={{ minWidth: 480 }} />
            </ReferenceInput>
          </SimpleFormIterator>
        </ArrayInput>
        <TextInput source="preamble" disabled={!writable('preamble')} multiline fullWidth />
        <TextInput source="objectives" disabled={!writable('objectives')} multiline fullWidth helperText="Mỗi dòng một ý" {...oneItemPerLine} />
        <TextInput source="requirements" disabled={!writable('requirements')} multiline fullWidth helperText="Mỗi dòng một ý" {...oneItemPerLine} />
      </FormTab>
      <FormTab label="app.plan.tabs.activities">
        <Typography variant="body2" color="text.secondary">Thêm, sắp xếp (mũi tên lên/xuống) và lồng nội dung con; số thứ tự trống sẽ được tự đánh.</Typography>
        <ArrayInput source="activityTree" label="Nội dung, nhiệm vụ">
          <SimpleFormIterator disabled={!writable('activities')}>{activityFields(true)}</SimpleFormIterator>
        </ArrayInput>
      </FormTab>
      <FormTab label="app.plan.tabs.budget">
        <TextInput source="budgetNote" disabled={!writable('budgetNote')} multiline fullWidth />
        <ArrayInput source="budgetLines" label="Dòng kinh phí">
          <SimpleFormIterator disabled={!writable('budgetLines')} inline>
            <NumberInput source="fiscalYear" label="Năm" defaultValue={year} validate={required()} sx={{ minWidth: 100 }} />
            <SelectInput source="source" label="Nguồn" choices={choices('BudgetSource')} defaultValue="LOCAL_BUDGET" validate={required()} sx={{ minWidth: 220 }} />
            <TextInput source="description" label="Nội dung chi" validate={required()} sx={{ minWidth: 280 }} />
            <TextInput source="activityLabel" label="Thuộc nội dung số" sx={{ minWidth: 130 }} />
            <MoneyInput source="plannedAmount" label="Dự toán" />
            <MoneyInput source="allocatedAmount" label="Được giao" />
            <MoneyInput source="spentAmount" label="Đã chi" />
          </SimpleFormIterator>
        </ArrayInput>
      </FormTab>
      <FormTab label="app.plan.tabs.organisation">
        <ArrayInput source="responsibilities" label="Nhiệm vụ của các cơ quan">
          <SimpleFormIterator disabled={!writable('responsibilities')}>
            <AgencyInput source="agencyId" label="Cơ quan" validate={required()} />
            <TextInput source="duties" label="Nhiệm vụ (mỗi dòng một ý)" multiline fullWidth {...oneItemPerLine} />
          </SimpleFormIterator>
        </ArrayInput>
        <ArrayInput source="reportingRequirements" label="Chế độ báo cáo">
          <SimpleFormIterator disabled={!writable('reportingRequirements')}>
            <TextInput source="description" label="Nội dung báo cáo" validate={required()} fullWidth />
            <TextInput source="reportTo" label="Gửi" validate={required()} />
            <TextInput source="via" label="Qua" />
            <ArrayInput source="dueDates" label="Hạn báo cáo">
              <SimpleFormIterator inline disableReordering>
                <TextInput source="label" label="Như văn bản" placeholder="trước ngày 30/11" validate={required()} />
                <VnDateInput source="dueDate" label="Ngày (một lần)" />
                <NumberInput source="recurringDay" label="Ngày (hằng năm)" sx={{ minWidth: 130 }} />
                <NumberInput source="recurringMonth" label="Tháng (hằng năm)" sx={{ minWidth: 140 }} />
              </SimpleFormIterator>
            </ArrayInput>
          </SimpleFormIterator>
        </ArrayInput>
      </FormTab>
      <FormTab label="app.plan.tabs.signing">
        <TextInput source="signature.authority" disabled={!writable('signature')} label="Thẩm quyền ký" multiline placeholder={'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH'} />
        <TextInput source="signature.position" disabled={!writable('signature')} label="Chức vụ" />
        <TextInput source="signature.signerName" disabled={!writable('signature')} label="Họ tên người ký" />
        <ArrayInput source="recipients" label="Nơi nhận">
          <SimpleFormIterator disabled={!writable('recipients')} inline>
            <TextInput source="name" label="Nơi nhận" validate={required()} sx={{ minWidth: 280 }} />
            <SelectInput source="purpose" label="Mục đích" choices={choices('RecipientPurpose')} defaultValue="EXECUTION" />
          </SimpleFormIterator>
        </ArrayInput>
        <TextInput source="closing" disabled={!writable('closing')} multiline fullWidth />
      </FormTab>
    </TabbedForm>
  );
}
