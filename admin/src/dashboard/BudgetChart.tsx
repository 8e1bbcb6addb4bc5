import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { enums } from '../i18n/domain';
import { formatMoney } from '../format';

export interface BudgetGroup {
  fiscalYear: number;
  source: keyof typeof enums.BudgetSource;
  planned: bigint;
  spent: bigint;
}

/** Budget totals per year and source (digit strings, kept exact as BigInt), in chart order. */
export function groupBudget(
  lines: { fiscalYear: number; source: string; plannedAmount?: string | null; spentAmount?: string | null }[],
): BudgetGroup[] {
  const groups = new Map<string, BudgetGroup>();
  for (const line of lines) {
    const key = `${line.fiscalYear}|${line.source}`;
    const group = groups.get(key) ?? { fiscalYear: line.fiscalYear, source: line.source as BudgetGroup['source'], planned: 0n, spent: 0n };
    group.planned += BigInt(line.plannedAmount ?? 0);
    group.spent += BigInt(line.spentAmount ?? 0);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => a.fiscalYear - b.fiscalYear || a.source.localeCompare(b.source));
}

const COLORS = { planned: '#1565c0', spent: '#ef6c00' };

/** Grouped bars, planned next to spent, one group per year and source; exact figures in the table below. */
export function BudgetChart({ groups }: { groups: BudgetGroup[] }) {
  const max = groups.reduce((m, g) => Math.max(m, Number(g.planned), Number(g.spent)), 1);
  const barWidth = 22;
  const groupWidth = barWidth * 2 + 40;
  const height = 200;
  const width = Math.max(groups.length * groupWidth + 20, 320);
  return (
    <Box>
      <Box sx={{ overflowX: 'auto' }}>
        <svg width={width} height={height + 40} role="img" aria-label="Biểu đồ kinh phí dự toán và đã chi" data-testid="budget-chart">
          <line x1={10} y1={height} x2={width - 10} y2={height} stroke="#999" />
          {groups.map((g, i) => {
            const x = 20 + i * groupWidth;
            const planned = (Number(g.planned) / max) * (height - 10);
            const spent = (Number(g.spent) / max) * (height - 10);
            return (
              <g key={`${g.fiscalYear}-${g.source}`}>
                <rect x={x} y={height - planned} width={barWidth} height={planned} fill={COLORS.planned}>
                  <title>Dự toán: {formatMoney(g.planned.toString())}</title>
                </rect>
                <rect x={x + barWidth + 2} y={height - spent} width={barWidth} height={spent} fill={COLORS.spent}>
                  <title>Đã chi: {formatMoney(g.spent.toString())}</title>
                </rect>
                <text x={x + barWidth} y={height + 16} textAnchor="middle" fontSize={12}>
                  {g.fiscalYear}
                </text>
                <text x={x + barWidth} y={height + 32} textAnchor="middle" fontSize={10} fill="#555">
                  {SHORT_SOURCE[g.source] ?? g.source}
                </text>
              </g>
            );
          })}
        </svg>
      </Box>
      <Box sx={{ display: 'flex', gap: 2, my: 1 }}>
        <Typography variant="body2">
          <Box component="span" sx={{ display: 'inline-block', width: 12, height: 12, bgcolor: COLORS.planned, mr: 0.5 }} />
          Dự toán
        </Typography>
        <Typography variant="body2">
          <Box component="span" sx={{ display: 'inline-block', width: 12, height: 12, bgcolor: COLORS.spent, mr: 0.5 }} />
          Đã chi
        </Typography>
      </Box>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>Năm</TableCell>
            <TableCell>Nguồn</TableCell>
            <TableCell align="right">Dự toán</TableCell>
            <TableCell align="right">Đã chi</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {groups.map((g) => (
            <TableRow key={`${g.fiscalYear}-${g.source}`}>
              <TableCell>{g.fiscalYear}</TableCell>
              <TableCell>{enums.BudgetSource[g.source] ?? g.source}</TableCell>
              <TableCell align="right">{formatMoney(g.planned.toString())}</TableCell>
              <TableCell align="right">{formatMoney(g.spent.toString())}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}

const SHORT_SOURCE: Record<string, string> = {
  LOCAL_BUDGET: 'NS địa phương',
  CENTRAL_SUPPORT: 'TW hỗ trợ',
  SOCIALIZED: 'Xã hội hóa',
  OTHER_LEGAL: 'Nguồn khác',
};
