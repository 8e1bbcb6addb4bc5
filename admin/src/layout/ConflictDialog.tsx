import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useEffect, useState } from 'react';
import { conflicts } from '../api/versions';

/**
 * Shown when a save or delete was refused because someone else saved the record first: the user's changes were
 * not written, and reloading shows the other person's version to redo them on.
 */
export function ConflictDialog() {
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    const show = (event: Event) => setMessage((event as CustomEvent<string>).detail);
    conflicts.addEventListener('conflict', show);
    return () => conflicts.removeEventListener('conflict', show);
  }, []);
  return (
    <Dialog open={message !== null} onClose={() => setMessage(null)} data-testid="conflict-dialog">
      <DialogTitle>Đã có người khác lưu trước bạn</DialogTitle>
      <DialogContent>
        <DialogContentText>
          {message ?? ''} Thay đổi của bạn chưa được lưu. Tải lại trang để xem bản mới nhất rồi sửa lại.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => setMessage(null)}>Đóng</Button>
        <Button variant="contained" onClick={() => window.location.reload()} autoFocus>
          Tải lại
        </Button>
      </DialogActions>
    </Dialog>
  );
}
