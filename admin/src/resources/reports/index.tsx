import AssessmentIcon from '@mui/icons-material/Assessment';
import { lazyPage } from '../../common/lazy-page';

export const reports = {
  list: lazyPage(() => import('./ReportList'), 'ReportList'),
  show: lazyPage(() => import('./ReportShow'), 'ReportShow'),
  edit: lazyPage(() => import('./ReportEdit'), 'ReportEdit'),
  create: lazyPage(() => import('./ReportEdit'), 'ReportCreate'),
  icon: AssessmentIcon,
  recordRepresentation: (r: { symbol?: string | null; title: string }) => r.symbol ?? r.title,
};
