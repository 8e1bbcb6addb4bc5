import { Create, Edit } from 'react-admin';
import { PlanForm } from './PlanForm';

export const PlanEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <PlanForm />
  </Edit>
);
export const PlanCreate = () => (
  <Create redirect="show" title="Soạn kế hoạch mới">
    <PlanForm creating />
  </Create>
);
