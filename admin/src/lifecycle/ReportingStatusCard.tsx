import {
  Alert,
  Card,
  CardContent,
  CardHeader,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { useRecordContext } from 'react-admin';
import { reportingStatus, type ReportingStatusRow } from './api';

/** A unit's page: for this year, per unit below it, how many reports are due, on time, late, overdue. */
export function ReportingStatusCard() {
  const unit = useRecordContext<{ id: string }>();
  const [year, setYear] = useState(new Date().getFullYear());
  const [rows, setRows] = useState<ReportingStatusRow[] | null>(null);
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (!unit?.id || year < 1945 || year > 2100) return;
    setError(undefined);
    reportingStatus(year, String(unit.id))
      .then(setRows)
      .catch((e: Error) => setError(e.message));
  }, [unit?.id, year]);
  return (
    <Card variant="outlined" sx={{ mt: 2 }} data-testid="reporting-status">
      <CardHeader
        title="Tình hình báo cáo của các đơn vị trực thuộc"
        action={
          <TextField
            size="small"
            type="number"
            label="Năm"
            value={year}
            onChange={(e) => setYear(Number(e.target.value))}
            slotProps={{ htmlInput: { 'data-testid': 'reporting-year' } }}
            sx={{ width: 110 }}
          />
        }
      />
      <CardContent>
        {error ? (
          <Alert severity="info">{error}</Alert>
        ) : !rows ? null : rows.length === 0 ? (
          <Typography color="text.secondary">Không có đơn vị trực thuộc nào trong phạm vi của bạn.</Typography>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>Đơn vị</TableCell>
                <TableCell align="right">Phải nộp</TableCell>
                <TableCell align="right">Đúng hạn</TableCell>
                <TableCell align="right">Nộp muộn</TableCell>
                <TableCell align="right">Quá hạn</TableCell>
                <TableCell align="right">Chưa đến hạn</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.unit.id}>
                  <TableCell>{r.unit.fullName}</TableCell>
                  <TableCell align="right">{r.due}</TableCell>
                  <TableCell align="right">{r.submittedOnTime}</TableCell>
                  <TableCell align="right">{r.late}</TableCell>
                  <TableCell align="right" sx={r.overdue ? { color: 'error.main', fontWeight: 'bold' } : undefined}>
                    {r.overdue}
                  </TableCell>
                  <TableCell align="right">{r.open}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
