import { Alert, Box, Card, CardContent, CardHeader, CircularProgress, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Link, Title, useAuthenticated, useGetIdentity, useTranslate } from 'react-admin';
import { request } from '../api/graphql';
import { canDo, canRead, permissionStore } from '../api/permissions';
import { enums } from '../i18n/domain';
import { BudgetChart, groupBudget, type BudgetGroup } from './BudgetChart';
import { loadDeadlines, ObligationList } from '../lifecycle/ReportingDeadlines';
import type { ObligationRow } from '../lifecycle/api';

const STATUSES = Object.keys(enums.PlanStatus) as (keyof typeof enums.PlanStatus)[];

interface DashboardData {
  counts: Record<string, number>;
  upcoming: ObligationRow[];
  overdue: ObligationRow[];
  budget: BudgetGroup[] | null;
  error?: string;
}

/** Three independent requests; a part the user may not read is neither asked for nor shown, a failing part says why. */
async function load(unitId: string | null): Promise<DashboardData> {
  const permissions = permissionStore.get();
  const filter = unitId ? { administrativeUnitId: unitId } : {};
  // Reporting obligations, overdue first, as the API computes them on its own clock (Vietnam time).
  const withDeadlines = canDo(permissions, 'ReportingObligation', 'list');
  const withBudget = canDo(permissions, 'BudgetLine', 'list') && canRead(permissions, 'BudgetLine', 'plannedAmount');
  const counts = STATUSES.map(
    (s) => `${s}: _allPlansMeta(filter: { ${unitId ? `administrativeUnitId: "${unitId}", ` : ''}status: ${s} }) { count }`,
  ).join('\n');
  // Summed in SQL over every line of the user's scope, not over one page of lines.
  const budgetQuery = `query DashboardBudget($filter: BudgetLineFilter) {
    budgetSummary(filter: $filter, groupBy: [FISCAL_YEAR, SOURCE]) { rows { fiscalYear source plannedAmount spentAmount } }
  }`;
  const [countsResult, plansResult, budgetResult] = await Promise.allSettled([
    request<Record<string, { count: number }>>(`query DashboardCounts { ${counts} }`),
    withDeadlines ? loadDeadlines(unitId) : Promise.resolve({ overdue: [], upcoming: [] }),
    withBudget ? request<{ budgetSummary: { rows: Parameters<typeof groupBudget>[0] } }>(budgetQuery, { filter }) : Promise.resolve(null),
  ]);
  const due = plansResult.status === 'fulfilled' ? plansResult.value : { overdue: [], upcoming: [] };
  const failed = [countsResult, plansResult, budgetResult].find((r): r is PromiseRejectedResult => r.status === 'rejected');
  return {
    counts: Object.fromEntries(STATUSES.map((s) => [s, countsResult.status === 'fulfilled' ? (countsResult.value[s]?.count ?? 0) : 0])),
    ...due,
    budget: budgetResult.status === 'fulfilled' && budgetResult.value ? groupBudget(budgetResult.value.budgetSummary.rows) : null,
    error: failed ? (failed.reason as Error).message : undefined,
  };
}

export function Dashboard() {
  useAuthenticated();
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const [data, setData] = useState<DashboardData | null>(null);
  const unitId = (identity?.unitId as string | undefined) ?? null;
  useEffect(() => {
    if (!identity) return;
    let live = true;
    load(unitId)
      .then((d) => live && setData(d))
      .catch((e: Error) => live && setData({ counts: {}, upcoming: [], overdue: [], budget: null, error: e.message }));
    return () => {
      live = false;
    };
  }, [identity, unitId]);

  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('app.dashboard.title')} />
      {identity && (
        <Typography variant="subtitle1" sx={{ mb: 2 }}>
          {translate('app.dashboard.scope', { unit: identity.unit })}
        </Typography>
      )}
      {!data ? (
        <CircularProgress />
      ) : (
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
          {data.error && (
            <Alert severity="warning" sx={{ gridColumn: '1 / -1' }}>
              {data.error}
            </Alert>
          )}
          <Card sx={{ gridColumn: '1 / -1' }}>
            <CardHeader title={translate('app.dashboard.by_status')} />
            <CardContent sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }} data-testid="plans-by-status">
              {STATUSES.map((s) => (
                <Link key={s} to={`/Plan?filter=${encodeURIComponent(JSON.stringify({ status: s }))}`} underline="none">
                  <Card variant="outlined" sx={{ minWidth: 160, textAlign: 'center', p: 2 }}>
                    <Typography variant="h4">{data.counts[s] ?? 0}</Typography>
                    <Typography color="text.secondary">{enums.PlanStatus[s]}</Typography>
                  </Card>
                </Link>
              ))}
            </CardContent>
          </Card>
          <Card>
            <CardHeader title={translate('app.dashboard.overdue')} />
            <CardContent>
              <ObligationList items={data.overdue} empty={translate('app.dashboard.no_deadlines')} overdue />
            </CardContent>
          </Card>
          <Card>
            <CardHeader title={translate('app.dashboard.upcoming')} />
            <CardContent>
              <ObligationList items={data.upcoming} empty={translate('app.dashboard.no_deadlines')} />
            </CardContent>
          </Card>
          <Card sx={{ gridColumn: '1 / -1' }}>
            <CardHeader title={translate('app.dashboard.budget')} />
            <CardContent>
              {data.budget === null ? (
                <Typography color="text.secondary">{translate('app.dashboard.budget_hidden')}</Typography>
              ) : data.budget.length === 0 ? (
                <Typography color="text.secondary">{translate('app.dashboard.no_budget')}</Typography>
              ) : (
                <BudgetChart groups={data.budget} />
              )}
            </CardContent>
          </Card>
        </Box>
      )}
    </Box>
  );
}
