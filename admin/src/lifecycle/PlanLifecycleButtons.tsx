import { Button } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useNotify, useRecordContext, useRedirect, useRefresh } from 'react-admin';
import { permissionStore } from '../api/permissions';

type Move = 'submitPlan' | 'returnPlan' | 'issuePlan' | 'cancelPlan';

/** Which buttons a plan in a given state offers, and to which role of its own unit (the API decides in the end). */
const MOVES: { move: Move; from: string; role: string; label: string; ask?: string }[] = [
  { move: 'submitPlan', from: 'DRAFT', role: 'EDITOR', label: 'Gửi duyệt' },
  { move: 'returnPlan', from: 'IN_REVIEW', role: 'APPROVER', label: 'Trả lại', ask: 'Ý kiến khi trả lại dự thảo:' },
  { move: 'issuePlan', from: 'IN_REVIEW', role: 'APPROVER', label: 'Ban hành' },
  { move: 'cancelPlan', from: 'ISSUED', role: 'APPROVER', label: 'Hủy kế hoạch', ask: 'Lý do hủy kế hoạch:' },
];

/** The plan page's life-cycle actions: each calls its own mutation through the data provider; "Tạo kế hoạch năm sau" copies it. */
export function PlanLifecycleButtons() {
  const plan = useRecordContext<{ id: string; status: string; administrativeUnitId?: string; endYear: number }>();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const redirect = useRedirect();
  const [busy, setBusy] = useState(false);
  const permissions = permissionStore.get();
  if (!plan || !permissions) return null;
  const own = permissions.administrativeUnit?.id === String(plan.administrativeUnitId);
  const roles = permissions.roles;
  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await work();
      notify(done, { type: 'success' });
      refresh();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  if (!own) return null;
  return (
    <>
      {MOVES.filter((m) => m.from === plan.status && roles.includes(m.role)).map((m) => (
        <Button
          key={m.move}
          size="small"
          disabled={busy}
          data-testid={m.move}
          onClick={() => {
            const text = m.ask ? window.prompt(m.ask) : undefined;
            if (m.ask && !text) return;
            void run(() => dataProvider[m.move](plan.id, text), `${m.label}: đã thực hiện.`);
          }}
        >
          {m.label}
        </Button>
      ))}
      {roles.includes('EDITOR') && (
        <Button
          size="small"
          disabled={busy}
          data-testid="copyPlan"
          onClick={() =>
            void run(async () => {
              const copy = await dataProvider.copyPlan(plan.id, plan.endYear + 1);
              redirect('edit', 'Plan', copy.id);
            }, 'Đã tạo dự thảo kế hoạch năm sau.')
          }
        >
          Tạo kế hoạch năm sau
        </Button>
      )}
    </>
  );
}
