import GavelIcon from '@mui/icons-material/Gavel';
import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import { Button, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { ApiError } from '../../api/graphql';
import { dataProvider } from '../../api/dataProvider';
import { canDo, permissionStore } from '../../api/permissions';
import { planStatuses } from '../../api/transitions';

const VN_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const iso = (text: string) => {
  const m = VN_DATE.exec(text.trim());
  return m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : null;
};

/** "Ban hành": the approver gives the plan its number and issue date; shown only to whoever may issue it. */
export function IssueButton() {
  const plan = useRecordContext<{ id: string; status: string; symbol?: string; administrativeUnitId?: string }>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [symbol, setSymbol] = useState('');
  const [date, setDate] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  if (!plan || !canDo(permissionStore.get(), 'Plan', 'edit', plan) || plan.status === 'ISSUED' || !planStatuses(plan).includes('ISSUED')) return null;

  const issue = async () => {
    const issuedOn = iso(date);
    const missing = { ...(!symbol.trim() ? { symbol: 'Cần số, ký hiệu.' } : {}), ...(!issuedOn ? { issuedOn: 'Ngày có dạng ngày/tháng/năm.' } : {}) };
    setErrors(missing);
    if (Object.keys(missing).length) return;
    try {
      await dataProvider.issuePlan(plan.id, { symbol: symbol.trim(), issuedOn: issuedOn! });
      setOpen(false);
      notify('Đã ban hành kế hoạch.', { type: 'success' });
      refresh();
    } catch (error) {
      const e = error as ApiError;
      if (e.field) setErrors({ [e.field]: e.message });
      notify(e.message, { type: 'error' });
    }
  };

  return (
    <>
      <Button label="Ban hành" onClick={() => { setSymbol(plan.symbol ?? ''); setOpen(true); }}><GavelIcon /></Button>
      <Dialog open={open} onClose={() => setOpen(false)}>
        <DialogTitle>Ban hành kế hoạch</DialogTitle>
        <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: '8px !important', minWidth: 360 }}>
          <TextField label="Số, ký hiệu" name="issue.symbol" value={symbol} onChange={(e) => setSymbol(e.target.value)} placeholder="12/KH-UBND" error={!!errors.symbol} helperText={errors.symbol} />
          <TextField label="Ngày ban hành" name="issue.issuedOn" value={date} onChange={(e) => setDate(e.target.value)} placeholder="dd/mm/yyyy" error={!!errors.issuedOn} helperText={errors.issuedOn} />
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)}>Hủy</MuiButton>
          <MuiButton variant="contained" onClick={issue}>Ban hành</MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
}
