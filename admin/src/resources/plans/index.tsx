import DescriptionIcon from '@mui/icons-material/Description';
import { Create, Edit } from 'react-admin';
import { PlanForm } from './PlanForm';
import { PlanList } from './PlanList';
import { PlanShow } from './PlanShow';

function PlanEdit() {
  return <Edit mutationMode="pessimistic" redirect="show"><PlanForm /></Edit>;
}

function PlanCreate() {
  return <Create redirect="show" title="Soạn kế hoạch mới"><PlanForm creating /></Create>;
}

export const plans = {
  list: PlanList,
  show: PlanShow,
  edit: PlanEdit,
  create: PlanCreate,
  icon: DescriptionIcon,
  recordRepresentation: (record: { symbol?: string | null }) => record.symbol ?? '(dự thảo)',
};
