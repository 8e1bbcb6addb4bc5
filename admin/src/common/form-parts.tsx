import { Alert } from '@mui/material';
import { useEffect, useState, type ReactNode } from 'react';
import { FormTab, useGetOne, type FormTabProps } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { mayWrite } from '../api/permissions';
import { formatDate } from '../format';

/** Only the fields `myPermissions` lets the user write are offered; the others are not shown at all. */
export function IfWritable({ resource, field, children }: { resource: string; field: string; children: ReactNode }) {
  return mayWrite(resource, field) ? <>{children}</> : null;
}

/**
 * A form tab whose inputs are mounted the first time it is opened: a long plan's activities and lines are not
 * rendered before they are looked at. The values stay in the form either way, so nothing loaded is lost on save.
 */
export function LazyFormTab({ hidden, children, ...props }: FormTabProps) {
  const [opened, setOpened] = useState(!hidden);
  useEffect(() => {
    if (!hidden) setOpened(true);
  }, [hidden]);
  return (
    <FormTab hidden={hidden} {...props}>
      {opened ? children : null}
    </FormTab>
  );
}

/** Drafting for a unit abolished in the 2025 reorganisation is allowed (late reports), but said plainly. */
export function AbolishedUnitWarning({ source = 'administrativeUnitId' }: { source?: string }) {
  const id = useWatch({ name: source });
  const { data } = useGetOne('AdministrativeUnit', { id }, { enabled: !!id });
  if (!data?.validTo || data.validTo > new Date().toISOString().slice(0, 10)) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2 }} data-testid="abolished-unit">
      {data.name} đã hết hiệu lực từ {formatDate(data.validTo)}
      {data.successor ? `; đơn vị kế thừa: ${data.successor.name}` : ''}. Chỉ soạn văn bản cho đơn vị này khi cần báo cáo lại công việc
      trước đó.
    </Alert>
  );
}
