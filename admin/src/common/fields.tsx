import { Chip } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import { enums, type EnumName } from '../i18n/domain';
import { formatDate, formatDateTime, formatMoney } from '../format';
import { canRead, permissionStore } from '../api/permissions';

/** dd/mm/yyyy from an ISO date; with `showTime`, also the local hh:mm of an ISO timestamp. */
export function VnDateField({ showTime, ...props }: FieldProps & { showTime?: boolean }) {
  const value = useFieldValue(props);
  return <span>{showTime ? formatDateTime(value) : formatDate(value)}</span>;
}

/** Whole đồng with thousands separators and "đ". */
export function MoneyField(props: FieldProps) {
  const value = useFieldValue(props);
  return <span style={{ whiteSpace: 'nowrap' }}>{formatMoney(value)}</span>;
}

/** An enum value in Vietnamese; `chip` for statuses. */
export function EnumField({ enumName, chip, ...props }: FieldProps & { enumName: EnumName; chip?: boolean }) {
  const value = useFieldValue(props);
  if (value === null || value === undefined) return null;
  const values = Array.isArray(value) ? value : [value];
  const labels = values.map((v: string) => (enums[enumName] as Record<string, string>)[v] ?? v);
  if (!chip) return <span>{labels.join(', ')}</span>;
  const colors: Record<string, 'default' | 'warning' | 'success' | 'error' | 'info'> = {
    DRAFT: 'default',
    IN_REVIEW: 'warning',
    ISSUED: 'success',
    CANCELLED: 'error',
    SUBMITTED: 'info',
    ACCEPTED: 'success',
    RETURNED: 'warning',
  };
  return (
    <>
      {values.map((v: string, i: number) => (
        <Chip key={v} size="small" label={labels[i]} color={colors[v] ?? 'default'} sx={{ mr: 0.5 }} />
      ))}
    </>
  );
}

/** Shows its children only when the user may read `field` of `resource` (columns and rows of a show page). */
export function IfReadable({ resource, field, children }: { resource: string; field: string; children: React.ReactNode }) {
  return canRead(permissionStore.get(), resource, field) ? <>{children}</> : null;
}

export const readable = (resource: string, field: string) => canRead(permissionStore.get(), resource, field);

export function useEnumLabel() {
  const translate = useTranslate();
  return (enumName: EnumName, value: string | null | undefined) =>
    value ? ((enums[enumName] as Record<string, string>)[value] ?? value) : translate('app.none');
}
