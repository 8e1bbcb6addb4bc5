import EventNoteIcon from '@mui/icons-material/EventNote';
import { Datagrid, FunctionField, List, NumberInput, ReferenceField, SelectInput, TextField } from 'react-admin';
import { VnDateField } from '../common/fields';

const STATUSES = [
  { id: 'OPEN', name: 'Chưa nộp' },
  { id: 'SUBMITTED', name: 'Đã nộp' },
  { id: 'ACCEPTED', name: 'Đã chấp nhận' },
  { id: 'RETURNED', name: 'Bị trả lại' },
  { id: 'OVERDUE', name: 'Quá hạn' },
  { id: 'LATE', name: 'Nộp muộn' },
];
const statusName = Object.fromEntries(STATUSES.map((s) => [s.id, s.name]));

/** "Hạn báo cáo": every obligation of the user's scope, overdue ones easy to pick out. */
function ObligationList() {
  return (
    <List
      sort={{ field: 'dueDate', order: 'ASC' }}
      filters={[
        <NumberInput key="year" source="year" label="Năm" alwaysOn sx={{ minWidth: 110 }} />,
        <SelectInput key="status" source="status" label="Trạng thái" choices={STATUSES} alwaysOn />,
      ]}
    >
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <VnDateField source="dueDate" label="Hạn nộp" />
        <TextField source="administrativeUnit.fullName" label="Đơn vị báo cáo" sortable={false} />
        <ReferenceField source="plan.id" reference="Plan" link="show" label="Kế hoạch" sortable={false} />
        <TextField source="dueLabel" label="Hạn như văn bản" sortable={false} />
        <FunctionField label="Trạng thái" render={(o: { status: string }) => statusName[o.status] ?? o.status} />
      </Datagrid>
    </List>
  );
}

export const reportingObligations = {
  list: ObligationList,
  icon: EventNoteIcon,
  options: { label: 'Hạn báo cáo' },
  recordRepresentation: (o: {
    dueDate: string;
    administrativeUnit?: { fullName: string };
    plan?: { symbol?: string | null; title: string };
  }) =>
    `${o.administrativeUnit?.fullName ?? ''} — hạn ${o.dueDate.split('-').reverse().join('/')} — ${o.plan?.symbol ?? o.plan?.title ?? ''}`,
};
