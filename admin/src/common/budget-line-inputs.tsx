import type { ReactElement } from 'react';
import { NumberInput, required, SelectInput, TextInput } from 'react-admin';
import { mayWrite } from '../api/permissions';
import { choices } from '../i18n/domain';
import { MoneyInput } from './inputs';

/**
 * The inputs of one budget line, for a plan's lines and a report's spending lines alike: the amounts are offered
 * only where `myPermissions` lets the user write them. An array, not a component, because SimpleFormIterator gives
 * each of its direct children its source. `extra` goes after the description (a plan's "activity number").
 */
export function budgetLineInputs(year: number, extra: ReactElement[] = []): ReactElement[] {
  const lineWritable = (field: string) => mayWrite('BudgetLine', field);
  return [
    <NumberInput key="fiscalYear" source="fiscalYear" label="Năm" defaultValue={year} validate={required()} sx={{ minWidth: 100 }} />,
    <SelectInput
      key="source"
      source="source"
      label="Nguồn"
      choices={choices('BudgetSource')}
      defaultValue="LOCAL_BUDGET"
      validate={required()}
      sx={{ minWidth: 200 }}
    />,
    <TextInput key="description" source="description" label="Nội dung chi" validate={required()} sx={{ minWidth: 280 }} />,
    ...extra,
    ...(lineWritable('plannedAmount') ? [<MoneyInput key="plannedAmount" source="plannedAmount" label="Dự toán" />] : []),
    ...(lineWritable('allocatedAmount') ? [<MoneyInput key="allocatedAmount" source="allocatedAmount" label="Được giao" />] : []),
    ...(lineWritable('spentAmount') ? [<MoneyInput key="spentAmount" source="spentAmount" label="Đã chi" />] : []),
  ];
}
