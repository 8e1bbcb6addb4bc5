import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import {
  Link,
  Loading,
  Title,
  useAuthenticated,
  useCreatePath,
  useDataProvider,
  useGetList,
  useGetOne,
  useNotify,
  useRefresh,
} from 'react-admin';
import { canDo, canWrite, permissionStore } from '../../api/permissions';
import { useEnumLabel } from '../../common/fields';
import { formatMoney, groupDigits, parseMoney } from '../../format';

type Line = { id: string } & Record<string, any>;
const AMOUNTS = ['allocatedAmount', 'spentAmount'] as const;
type Amount = (typeof AMOUNTS)[number];

/** Sums digit strings exactly (BigInt); empty when no line has an amount, so "not entered" never reads as 0 đ. */
function total(lines: Line[], field: string): string | null {
  const values = lines.map((l) => l[field]).filter((v) => v !== null && v !== undefined && v !== '');
  return values.length ? values.reduce((sum: bigint, v) => sum + BigInt(v), 0n).toString() : null;
}

/**
 * A plan's budget lines for finance officers: planned amounts as the plan sets them, allocated and spent amounts
 * entered here where `myPermissions` allows, with totals. Each changed line is saved with `updateBudgetLine`.
 */
export function PlanBudgetPage() {
  useAuthenticated();
  const { id } = useParams<{ id: string }>();
  const createPath = useCreatePath();
  const label = useEnumLabel();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider();
  const { data: plan } = useGetOne('Plan', { id: id! });
  const {
    data: lines,
    isPending,
    error,
    refetch,
  } = useGetList<Line>('BudgetLine', {
    filter: { planId: id },
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'position', order: 'ASC' },
  });
  const [edits, setEdits] = useState<Record<string, Partial<Record<Amount, string | null>>>>({});
  const [saving, setSaving] = useState(false);
  const permissions = permissionStore.get();
  const editable = (field: Amount) => canDo(permissions, 'BudgetLine', 'edit') && canWrite(permissions, 'BudgetLine', field);
  const anyEditable = AMOUNTS.some(editable);

  if (isPending) return <Loading />;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  const shown: Line[] = (lines ?? []).map((l) => ({ ...l, ...edits[l.id] }));

  const save = async () => {
    setSaving(true);
    try {
      for (const [lineId, data] of Object.entries(edits)) {
        await dataProvider.update('BudgetLine', { id: lineId, data, previousData: lines.find((l) => l.id === lineId) });
      }
      // The saved figures replace the typed ones only once they are read back, so the totals never show the old ones.
      await refetch();
      setEdits({});
      notify('Đã lưu số được giao và đã chi.', { type: 'success' });
      refresh();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setSaving(false);
    }
  };

  const amountCell = (line: Line, field: Amount) =>
    editable(field) ? (
      <TextField
        size="small"
        variant="outlined"
        slotProps={{ htmlInput: { name: `${field}.${line.id}`, inputMode: 'numeric', style: { textAlign: 'right' } } }}
        value={line[field] ? groupDigits(String(line[field])) : ''}
        onChange={(e) => setEdits({ ...edits, [line.id]: { ...edits[line.id], [field]: parseMoney(e.target.value) || null } })}
        sx={{ width: 170 }}
      />
    ) : (
      formatMoney(line[field])
    );

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="Kinh phí kế hoạch" />
      <Card>
        <CardContent>
          <Typography variant="h6" data-testid="budget-plan">
            Kinh phí:{' '}
            {plan ? (
              <Link to={createPath({ resource: 'Plan', id: id!, type: 'show' })}>
                {plan.symbol ? `${plan.symbol} ` : ''}
                {plan.title}
              </Link>
            ) : (
              '…'
            )}
          </Typography>
          {!anyEditable && (
            <Typography variant="body2" color="text.secondary">
              Chỉ xem: số được giao và đã chi do cán bộ tài chính ghi.
            </Typography>
          )}
          <Table
            size="small"
            sx={{ mt: 2, '& td, & th': { whiteSpace: 'nowrap' }, '& td:nth-of-type(3)': { whiteSpace: 'normal' } }}
            data-testid="budget-lines"
          >
            <TableHead>
              <TableRow>
                <TableCell>Năm</TableCell>
                <TableCell>Nguồn</TableCell>
                <TableCell>Nội dung chi</TableCell>
                <TableCell align="right">Dự toán</TableCell>
                <TableCell align="right">Được giao</TableCell>
                <TableCell align="right">Đã chi</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {shown.map((line) => (
                <TableRow key={line.id}>
                  <TableCell>{line.fiscalYear}</TableCell>
                  <TableCell>{label('BudgetSource', line.source)}</TableCell>
                  <TableCell>
                    {line.activity?.label ? `(${line.activity.label}) ` : ''}
                    {line.description}
                  </TableCell>
                  <TableCell align="right">{formatMoney(line.plannedAmount)}</TableCell>
                  <TableCell align="right">{amountCell(line, 'allocatedAmount')}</TableCell>
                  <TableCell align="right">{amountCell(line, 'spentAmount')}</TableCell>
                </TableRow>
              ))}
              <TableRow data-testid="budget-totals" sx={{ '& td': { fontWeight: 700 } }}>
                <TableCell colSpan={3}>Tổng cộng</TableCell>
                <TableCell align="right">{formatMoney(total(shown, 'plannedAmount'))}</TableCell>
                <TableCell align="right">{formatMoney(total(shown, 'allocatedAmount'))}</TableCell>
                <TableCell align="right">{formatMoney(total(shown, 'spentAmount'))}</TableCell>
              </TableRow>
            </TableBody>
          </Table>
          {shown.length === 0 && <Typography sx={{ mt: 2 }}>Kế hoạch chưa có dòng kinh phí.</Typography>}
          {anyEditable && shown.length > 0 && (
            <Button variant="contained" sx={{ mt: 2 }} disabled={saving || Object.keys(edits).length === 0} onClick={save}>
              Lưu
            </Button>
          )}
        </CardContent>
      </Card>
    </Box>
  );
}
