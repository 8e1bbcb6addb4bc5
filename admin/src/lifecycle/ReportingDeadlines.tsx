import { Chip, List, ListItem, ListItemText, Typography } from '@mui/material';
import { Link, useCreatePath } from 'react-admin';
import { formatDate } from '../format';
import { obligations, type ObligationRow } from './api';

const iso = (date: Date) => date.toISOString().slice(0, 10);

/** Overdue obligations first (oldest first), then those due in the next `days` days, within the user's scope. */
export async function loadDeadlines(unitId: string | null, days = 90) {
  const scope = unitId ? { administrativeUnitId: unitId } : {};
  const today = new Date();
  const horizon = new Date(today.getTime() + days * 86_400_000);
  const [overdue, upcoming] = await Promise.all([
    obligations({ ...scope, status: 'OVERDUE' }),
    obligations({ ...scope, status: 'OPEN', dueFrom: iso(today), dueTo: iso(horizon) }),
  ]);
  return { overdue, upcoming };
}

export function ObligationList({ items, empty, overdue }: { items: ObligationRow[]; empty: string; overdue?: boolean }) {
  const createPath = useCreatePath();
  if (items.length === 0) return <Typography color="text.secondary">{empty}</Typography>;
  return (
    <List dense data-testid={overdue ? 'obligations-overdue' : 'obligations-upcoming'}>
      {items.slice(0, 10).map((o) => (
        <ListItem key={o.id} disableGutters>
          <Chip size="small" color={overdue ? 'error' : 'warning'} label={formatDate(o.dueDate)} sx={{ mr: 1, minWidth: 96 }} />
          <ListItemText
            primary={
              <>
                <strong>{o.administrativeUnit?.fullName ?? '—'}</strong>
                {o.reporterAgency ? ` (${o.reporterAgency.name})` : ''}
                {' — '}
                {o.plan ? (
                  <Link to={createPath({ resource: 'Plan', id: o.plan.id, type: 'show' })}>{o.plan.symbol ?? o.plan.title}</Link>
                ) : null}
              </>
            }
            secondary={`${o.description} — gửi ${o.reportTo} (${o.dueLabel})`}
          />
        </ListItem>
      ))}
    </List>
  );
}
