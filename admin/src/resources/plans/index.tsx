import DescriptionIcon from '@mui/icons-material/Description';
import { lazyPage } from '../../common/lazy-page';

export const plans = {
  list: lazyPage(() => import('./PlanList'), 'PlanList'),
  show: lazyPage(() => import('./PlanShow'), 'PlanShow'),
  edit: lazyPage(() => import('./PlanEdit'), 'PlanEdit'),
  create: lazyPage(() => import('./PlanEdit'), 'PlanCreate'),
  icon: DescriptionIcon,
  recordRepresentation: (record: { symbol?: string | null }) => record.symbol ?? '(dự thảo)',
};
