import { Admin, CustomRoutes, Resource, defaultTheme } from 'react-admin';
import { authProvider } from './api/authProvider';
import { dataProvider } from './api/dataProvider';
import { lazyPage } from './common/lazy-page';
import { i18nProvider } from './i18n/i18nProvider';
import { Layout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import { reportingObligations } from './lifecycle/obligations';
import { agencies } from './resources/agencies';
import { apiClients } from './resources/apiClients';
import { budgetLines } from './resources/budget';
import { legalDocuments } from './resources/legalDocuments';
import { plans } from './resources/plans';
import { reports } from './resources/reports';
import { units } from './resources/units';
import { users } from './resources/users';
import { customRoutes } from './routes';

const theme = { ...defaultTheme, palette: { ...defaultTheme.palette, primary: { main: '#9b1c1c' }, secondary: { main: '#9b1c1c' } } };
const Dashboard = lazyPage(() => import('./dashboard/Dashboard'), 'Dashboard');

// Not `requireAuth`: with it, react-admin renders a LogoutOnMount while its cached "not signed in" state is
// refreshed after a sign-in, and that late logout would throw the new session away. Every page checks the session
// itself instead (react-admin's views do; the unit tree and the dashboard call useAuthenticated).
export function App() {
  return (
    <Admin
      title="Quản lý kế hoạch thông tin đối ngoại"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      layout={Layout}
      loginPage={LoginPage}
      dashboard={Dashboard}
      theme={theme}
      disableTelemetry
    >
      <Resource name="Plan" {...plans} />
      <Resource name="Report" {...reports} />
      <Resource name="BudgetLine" {...budgetLines} />
      <Resource name="ReportingObligation" {...reportingObligations} />
      <Resource name="LegalDocument" {...legalDocuments} />
      <Resource name="Agency" {...agencies} />
      <Resource name="AdministrativeUnit" {...units} />
      <Resource name="User" {...users} />
      <Resource name="ApiClient" {...apiClients} />
      <CustomRoutes>{customRoutes}</CustomRoutes>
    </Admin>
  );
}
