import PaymentsIcon from '@mui/icons-material/Payments';
import { lazyPage } from '../../common/lazy-page';

export const budgetLines = {
  list: lazyPage(() => import('./BudgetLineList'), 'BudgetLineList'),
  icon: PaymentsIcon,
};

/** `#/Plan/<id>/budget`: a plan's lines with planned, allocated and spent amounts. */
export const PlanBudgetPage = lazyPage(() => import('./PlanBudgetPage'), 'PlanBudgetPage');
