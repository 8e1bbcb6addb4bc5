import DownloadIcon from '@mui/icons-material/Download';
import { useState } from 'react';
import { Button, useNotify, useRecordContext } from 'react-admin';
import { downloadDocx } from './files';

/** "Tải về (.docx)" on a plan or report page: the Decree 30 Word file of what the user may read. */
export function DownloadDocxButton({ kind }: { kind: 'plans' | 'reports' }) {
  const record = useRecordContext();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  if (!record) return null;
  const download = async () => {
    setBusy(true);
    try {
      await downloadDocx(kind, String(record.id));
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button label="Tải về (.docx)" onClick={download} disabled={busy} data-testid="download-docx">
      <DownloadIcon />
    </Button>
  );
}
