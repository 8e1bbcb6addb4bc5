import { Alert, Box, CircularProgress, Tab, Table, TableBody, TableCell, TableHead, TableRow, Tabs, Typography } from '@mui/material';
import { useEffect, useState, type ReactNode } from 'react';
import { useRecordContext } from 'react-admin';
import { request } from '../api/graphql';

interface Change {
  field: string;
  before: string | null;
  after: string | null;
}
interface Entry {
  at: string;
  operation: string;
  actorName: string | null;
  changes: Change[];
}

const OPERATION: Record<string, string> = { create: 'Tạo mới', update: 'Sửa', delete: 'Xóa' };
const operationLabel = (operation: string) => OPERATION[/^(create|update|delete)/.exec(operation)?.[1] ?? ''] ?? operation;

/** A changed value as officials read it: text as text, lists and objects shortened. */
function shown(json: string | null): string {
  if (json === null) return '—';
  const value = JSON.parse(json) as unknown;
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return `${value.length} mục`;
  const text = JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

/** "Lịch sử thay đổi": who changed the record when, field by field (only the fields the user may read). */
export function HistoryPanel({ resource }: { resource: string }) {
  const record = useRecordContext();
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!record?.id) return;
    // actorName is refused to callers outside the officials; the partial answer is still shown.
    request<{ history: Entry[] }>(
      'query History($r: String!, $id: ID!) { history(resource: $r, id: $id) { at operation actorName changes { field before after } } }',
      { r: resource, id: record.id },
    )
      .then((data) => setEntries(data.history))
      .catch((e: Error) => setError(e.message));
  }, [resource, record?.id, record?.version]);
  if (error) return <Alert severity="warning">{error}</Alert>;
  if (!entries) return <CircularProgress size={24} />;
  if (!entries.length) return <Typography color="text.secondary">Chưa có thay đổi nào được ghi lại.</Typography>;
  return (
    <Table size="small" data-testid="history">
      <TableHead>
        <TableRow>
          <TableCell>Thời điểm</TableCell>
          <TableCell>Người thực hiện</TableCell>
          <TableCell>Thao tác</TableCell>
          <TableCell>Trường</TableCell>
          <TableCell>Trước</TableCell>
          <TableCell>Sau</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {[...entries].reverse().flatMap((entry, i) =>
          (entry.changes.length ? entry.changes : [null]).map((change, j) => (
            <TableRow key={`${i}-${j}`}>
              <TableCell>{j === 0 ? new Date(entry.at).toLocaleString('vi-VN') : ''}</TableCell>
              <TableCell>{j === 0 ? (entry.actorName ?? '') : ''}</TableCell>
              <TableCell>{j === 0 ? operationLabel(entry.operation) : ''}</TableCell>
              <TableCell>{change?.field ?? ''}</TableCell>
              <TableCell>{change ? shown(change.before) : ''}</TableCell>
              <TableCell>{change ? shown(change.after) : ''}</TableCell>
            </TableRow>
          )),
        )}
      </TableBody>
    </Table>
  );
}

/** A record page with a second tab, "Lịch sử thay đổi", next to its own content. */
export function WithHistoryTab({ resource, label, children }: { resource: string; label: string; children: ReactNode }) {
  const [tab, setTab] = useState(0);
  return (
    <Box>
      <Tabs value={tab} onChange={(_, value: number) => setTab(value)} sx={{ mb: 1 }}>
        <Tab label={label} />
        <Tab label="Lịch sử thay đổi" data-testid="history-tab" />
      </Tabs>
      {tab === 0 ? (
        children
      ) : (
        <Box sx={{ p: 2 }}>
          <HistoryPanel resource={resource} />
        </Box>
      )}
    </Box>
  );
}
