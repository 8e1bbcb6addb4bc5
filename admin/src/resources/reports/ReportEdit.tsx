import { Create, Edit } from 'react-admin';
import { ReportForm } from './ReportForm';

export const ReportEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <ReportForm />
  </Edit>
);
export const ReportCreate = () => (
  <Create redirect="show">
    <ReportForm creating />
  </Create>
);
