import { Alert, Box, Card, CardContent, CardHeader, Chip, CircularProgress, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Link, Title, useAuthenticated, useCreatePath, useGetIdentity, useTranslate } from 'react-admin';
import { request } from '../api/graphql';
import { canDo, canRead, permissionStore } from '../api/permissions';
import { enums } from '../i18n/domain';
import { formatDate } from '../format';
import { BudgetChart, groupBudget, type BudgetGroup } from './BudgetChart';
import { deadlines, split, type Deadline, type PlanDeadlines } from './deadlines';

const STATUSES = Object.keys(enums.PlanStatus) as (keyof typeof enums.PlanStatus)[];

interface DashboardData {
  counts: Record<string, number>;
  upcoming: Deadline[];
  overdue: Deadline[];
  budget: BudgetGroup[] | null;
  error?: string;
}

const DEADLINES = `query DashboardDeadlines($filter: PlanFilter, $page: Int) {
  allPlans(filter: $filter, page: $page, perPage: 50) {
    id title symbol status startYear endYear reportingRequirements { description reportTo dueDates { label dueDate recurringDay recurringMonth } }
  }
}`;

/** Plans with their reporting deadlines, 50 at a time: the API limits how much one query may cost. */
async function plansWithDeadlines(filter: object): Promise<PlanDeadlines[]> {
  const plans: PlanDeadlines[] = [];
  for (let page = 0; page < 20; page++) {
    const batch = (await request<{ allPlans: PlanDeadlines[] }>(DEADLINES, { filter, page })).allPlans;
    plans.push(...batch);
    if (batch.length < 50) break;
  }
  return plans;
}

/** Three independent requests; a part the user may not read is neither asked for nor shown, a failing part says why. */
async function load(unitId: string | null): Promise<DashboardData> {
  const permissions = permissionStore.get();
  const filter = unitId ? { administrativeUnitId: unitId } : {};
  const withDeadlines = canRead(permissions, 'Plan', 'reportingRequirements');
  const withBudget = canDo(permissions, 'BudgetLine', 'list') && canRead(permissions, 'BudgetLine', 'plannedAmount');
  const counts = STATUSES.map((s) => `${s}: _allPlansMeta(filter: { ${unitId ? `administrativeUnitId: "${unitId}", ` : ''}status: ${s} }) { count }`).join('\n');
  // Summed in SQL over every line of the user's scope, not over one page of lines.
  const budgetQuery = `query DashboardBudget($filter: BudgetLineFilter) {
    budgetSummary(filter: $filter, groupBy: [FISCAL_YEAR, SOURCE]) { rows { fiscalYear source plannedAmount spentAmount } }
  }`;
  const [countsResult, plansResult, budgetResult] = await Promise.allSettled([
    request<Record<string, { count: number }>>(`query DashboardCounts { ${counts} }`),
    withDeadlines ? plansWithDeadlines(filter) : Promise.resolve([]),
    withBudget ? request<{ budgetSummary: { rows: Parameters<typeof groupBudget>[0] } }>(budgetQuery, { filter }) : Promise.resolve(null),
  ]);
  const plans = plansResult.status === 'fulfilled' ? plansResult.value : [];
  const today = new Date().toISOString().slice(0, 10);
  const failed = [countsResult, plansResult, budgetResult].find((r): r is PromiseRejectedResult => r.status === 'rejected');
  return {
    counts: Object.fromEntries(STATUSES.map((s) => [s, countsResult.status === 'fulfilled' ? countsResult.value[s]?.count ?? 0 : 0])),
    ...split(deadlines(plans), today, 90, plans),
    budget: budgetResult.status === 'fulfilled' && budgetResult.value ? groupBudget(budgetResult.value.budgetSummary.rows) : null,
    error: failed ? (failed.reason as Error).message : undefined,
  };
}

function DeadlineList({ items, empty, overdue }: { items: Deadline[]; empty: string; overdue?: boolean }) {
  const createPath = useCreatePath();
  if (items.length === 0) return <Typography color="text.secondary">{empty}</Typography>;
  return (
    <List dense>
      {items.slice(0, 8).map((d, i) => (
        <ListItem key={`${d.planId}-${d.date}-${i}`} disableGutters>
          <Chip size="small" color={overdue ? 'error' : 'warning'} label={formatDate(d.date)} sx={{ mr: 1, minWidth: 96 }} />
          <ListItemText
            primary={<Link to={createPath({ resource: 'Plan', id: d.planId, type: 'show' })}>{d.planLabel}</Link>}
            secondary={`${d.description} — gửi ${d.reportTo} (${d.label})`}
          />
        </ListItem>
      ))}
    </List>
  );
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
    load(unitId).then((d) => live && setData(d)).catch((e: Error) => live && setData({ counts: {}, upcoming: [], overdue: [], budget: null, error: e.message }));
    return () => { live = false; };
  }, [identity, unitId]);

  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('app.dashboard.title')} />
      {identity && <Typography variant="subtitle1" sx={{ mb: 2 }}>{translate('app.dashboard.scope', { unit: identity.unit })}</Typography>}
      {!data ? <CircularProgress /> : (
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
          {data.error && <Alert severity="warning" sx={{ gridColumn: '1 / -1' }}>{data.error}</Alert>}
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
            <CardHeader title={translate('app.dashboard.upcoming')} />
            <CardContent><DeadlineList items={data.upcoming} empty={translate('app.dashboard.no_deadlines')} /></CardContent>
          </Card>
          <Card>
            <CardHeader title={translate('app.dashboard.overdue')} />
            <CardContent><DeadlineList items={data.overdue} empty={translate('app.dashboard.no_deadlines')} overdue /></CardContent>
          </Card>
          <Card sx={{ gridColumn: '1 / -1' }}>
            <CardHeader title={translate('app.dashboard.budget')} />
            <CardContent>
              {data.budget === null ? <Typography color="text.secondary">{translate('app.dashboard.budget_hidden')}</Typography>
                : data.budget.length === 0 ? <Typography color="text.secondary">{translate('app.dashboard.no_budget')}</Typography>
                  : <BudgetChart groups={data.budget} />}
            </CardContent>
          </Card>
        </Box>
      )}
    </Box>
  );
}
