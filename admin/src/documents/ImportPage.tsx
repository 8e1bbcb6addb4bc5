import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Box,
  Button as MuiButton,
  Card,
  CardContent,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Button, Title, useAuthenticated, useNotify, useRedirect } from 'react-admin';
import { Link } from 'react-router-dom';
import { useEnumLabel } from '../common/fields';
import { importFile, type ImportAnswer, type ImportedActivity, type ImportedSection } from './files';

/** "Nhập từ tệp Word" on the plan list: opens the import page. */
export function ImportButton() {
  return (
    <Button component={Link} to="/import" label="Nhập từ tệp Word" data-testid="import-button">
      <UploadFileIcon />
    </Button>
  );
}

const flatten = (activities: ImportedActivity[]): ImportedActivity[] => activities.flatMap((a) => [a, ...flatten(a.children)]);

function Sections({ sections, depth = 0 }: { sections: ImportedSection[]; depth?: number }) {
  return (
    <>
      {sections.map((s, i) => (
        <Box key={i} sx={{ pl: depth * 2, mb: 1 }}>
          <Typography sx={{ fontWeight: 600 }}>
            {s.label ? `${s.label}. ` : ''}
            {s.heading}
          </Typography>
          {s.body && (
            <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }}>
              {s.body}
            </Typography>
          )}
          <Sections sections={s.children} depth={depth + 1} />
        </Box>
      ))}
    </>
  );
}

/** What was read from the file, laid out as the document prints it, with what still needs the user's attention. */
function Review({ answer }: { answer: ImportAnswer }) {
  const label = useEnumLabel();
  const p = answer.preview;
  return (
    <Box data-testid="import-review">
      {answer.unmatchedAgencies.length > 0 && (
        <Alert severity="warning" sx={{ mb: 2 }} data-testid="unmatched-agencies">
          Các cơ quan sau chưa khớp danh mục; sau khi lưu, hãy chọn cơ quan tương ứng hoặc thêm vào danh mục:{' '}
          {answer.unmatchedAgencies.join('; ')}
        </Alert>
      )}
      {answer.unplaced.length > 0 && (
        <Alert severity="info" sx={{ mb: 2 }} data-testid="unplaced">
          Đoạn chưa xếp được vào phần nào:
          <ul>
            {answer.unplaced.map((u, i) => (
              <li key={i}>
                “{u.text}” — {u.reason}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      <Typography variant="h6">
        {answer.kind === 'PLAN' ? 'KẾ HOẠCH' : 'BÁO CÁO'}: {p.title}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {p.symbol ? `Số: ${p.symbol}` : 'Chưa có số'} · {p.dateLabel || 'không ghi ngày'} · sẽ lưu thành bản dự thảo của đơn vị bạn
      </Typography>
      {p.legalBases.length > 0 && (
        <>
          <Typography sx={{ fontWeight: 600 }}>Văn bản được dẫn</Typography>
          <ul>
            {p.legalBases.map((b, i) => (
              <li key={i}>
                {b.printed} ({b.kind === 'BASIS' ? 'căn cứ' : b.kind === 'IMPLEMENTS' ? 'thực hiện' : 'dẫn chiếu'})
              </li>
            ))}
          </ul>
        </>
      )}
      {p.activities.length > 0 && (
        <Table size="small" sx={{ mb: 2, '& td, & th': { border: '1px solid #ccc' } }}>
          <TableHead>
            <TableRow>
              <TableCell>TT</TableCell>
              <TableCell>Nội dung</TableCell>
              <TableCell>Cơ quan</TableCell>
              <TableCell>Thời gian</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {flatten(p.activities).map((a) => (
              <TableRow key={a.label}>
                <TableCell>{a.label}</TableCell>
                <TableCell>{a.title}</TableCell>
                <TableCell>
                  {a.participants.map((x) => `${label('ParticipantRole', x.role)}: ${x.name}${x.note ? ` (${x.note})` : ''}`).join('; ')}
                </TableCell>
                <TableCell>{a.schedule}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {p.responsibilities.length > 0 && (
        <>
          <Typography sx={{ fontWeight: 600 }}>Tổ chức thực hiện</Typography>
          <ul>
            {p.responsibilities.map((r, i) => (
              <li key={i}>
                {r.name}: {r.duties.length} nhiệm vụ
              </li>
            ))}
          </ul>
        </>
      )}
      {p.sections.length > 0 && <Sections sections={p.sections} />}
      {p.signature && (
        <Typography sx={{ mt: 1 }}>
          Ký: {p.signature.authority.replace('\n', ' – ')} – {p.signature.position} – {p.signature.signerName ?? '(chưa ghi tên)'}
        </Typography>
      )}
      {p.recipients.length > 0 && <Typography>Nơi nhận: {p.recipients.map((r) => r.name).join('; ')}</Typography>}
    </Box>
  );
}

/** Import page: choose a .docx or .txt, review what was read, then save it as a draft of one's own unit. */
export function ImportPage() {
  useAuthenticated();
  const notify = useNotify();
  const redirect = useRedirect();
  const [file, setFile] = useState<File>();
  const [answer, setAnswer] = useState<ImportAnswer>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setError(undefined);
    try {
      const result = await importFile(file, dryRun);
      if (dryRun) setAnswer(result);
      else {
        notify('Đã lưu bản dự thảo từ tệp.', { type: 'success' });
        redirect('show', result.kind === 'PLAN' ? 'Plan' : 'Report', result.planId ?? result.reportId!);
      }
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="Nhập từ tệp Word" />
      <CardContent>
        <Typography sx={{ mb: 2 }}>
          Chọn tệp kế hoạch hoặc báo cáo (.docx hoặc .txt, tối đa 10 MB). Hệ thống đọc tệp để bạn xem lại trước khi lưu thành bản dự thảo.
        </Typography>
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 2 }}>
          <MuiButton variant="outlined" component="label">
            Chọn tệp
            <input
              hidden
              type="file"
              accept=".docx,.txt"
              data-testid="import-file"
              onChange={(e) => {
                setFile(e.target.files?.[0]);
                setAnswer(undefined);
              }}
            />
          </MuiButton>
          <Typography>{file?.name ?? 'Chưa chọn tệp'}</Typography>
          <MuiButton variant="contained" disabled={!file || busy} onClick={() => run(true)} data-testid="import-read">
            Đọc tệp
          </MuiButton>
          {answer && (
            <MuiButton variant="contained" color="success" disabled={busy} onClick={() => run(false)} data-testid="import-save">
              Lưu thành dự thảo
            </MuiButton>
          )}
        </Box>
        {error && (
          <Alert severity="error" sx={{ mb: 2 }} data-testid="import-error">
            {error}
          </Alert>
        )}
        {answer && <Review answer={answer} />}
      </CardContent>
    </Card>
  );
}
