import { useWatch } from 'react-hook-form';
import { AutocompleteInput, ReferenceInput, TextInput, type TextInputProps, type Validator } from 'react-admin';
import { groupDigits, parseMoney } from '../format';

/**
 * An agency of the document's own unit or a unit below it, searched by name: a district plan names the district's
 * offices and its communes, not a neighbouring province's departments.
 */
export function AgencyInput({ source, label, validate, unitField = 'administrativeUnitId' }: { source: string; label: string; validate?: Validator | Validator[]; unitField?: string }) {
  const unitId = useWatch({ name: unitField });
  return (
    <ReferenceInput source={source} reference="Agency" filter={unitId ? { administrativeUnitId: unitId } : {}} perPage={50} sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput label={label} optionText="name" validate={validate} sx={{ minWidth: 320 }} />
    </ReferenceInput>
  );
}

const moneyFormat = /^\d+$/;
const validMoney: Validator = (value) => (value && !moneyFormat.test(String(value)) ? 'Số tiền phải là số nguyên đồng' : undefined);

/** Whole đồng: shown as "15.000.000", kept as the digit string "15000000". */
export function MoneyInput(props: TextInputProps) {
  return (
    <TextInput
      {...props}
      format={(value: string | null | undefined) => (value ? groupDigits(String(value)) : '')}
      parse={(text: string) => parseMoney(text) || null}
      validate={validMoney}
      helperText={props.helperText ?? 'đồng'}
    />
  );
}
