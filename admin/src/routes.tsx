import { Route } from 'react-router-dom';
import { ImportPage } from './documents/ImportPage';
import { ChangePasswordPage } from './layout/ChangePasswordPage';
import { PlanBudgetPage } from './resources/budget';

/** Pages that are not a resource's list/show/edit, inside the layout. One line per page. */
export const customRoutes = [
  <Route key="plan-budget" path="/Plan/:id/budget" element={<PlanBudgetPage />} />,
  <Route key="password" path="/password" element={<ChangePasswordPage />} />,
  <Route key="import" path="/import" element={<ImportPage />} />,
];
