import { useWatch } from 'react-hook-form';
import { AutocompleteInput, ReferenceInput, required, TextInput, type TextInputProps, type Validator } from 'react-admin';
import { groupDigits, parseMoney } from '../format';
import { unitLabel, type UnitSummary } from './units';

/**
 * An agency of the document's own unit or a unit below it, searched by name: a district plan names the district's
 * offices and its communes, not a neighbouring province's departments.
 */
export function AgencyInput({
  source,
  label,
  validate,
  disabled,
  unitField = 'administrativeUnitId',
}: {
  source: string;
  label: string;
  validate?: Validator | Validator[];
  disabled?: boolean;
  unitField?: string;
}) {
  const unitId = useWatch({ name: unitField });
  return (
    <ReferenceInput
      source={source}
      reference="Agency"
      filter={unitId ? { administrativeUnitId: unitId } : {}}
      perPage={50}
      sort={{ field: 'name', order: 'ASC' }}
    >
      <AutocompleteInput label={label} optionText="name" validate={validate} disabled={disabled} sx={{ minWidth: 320 }} />
    </ReferenceInput>
  );
}

const moneyFormat = /^\d+$/;
const validMoney: Validator = (value) => (value && !moneyFormat.test(String(value)) ? 'Số tiền phải là số nguyên đồng' : undefined);

/** Whole đồng: shown as "15.000.000", kept as the digit string "15000000". */
export function MoneyInput(props: TextInputProps) {
  return (
    <TextInput
      sx={{ minWidth: 160 }}
      {...props}
      format={(value: string | null | undefined) => (value ? groupDigits(String(value)) : '')}
      parse={(text: string) => parseMoney(text) || null}
      validate={validMoney}
      helperText={props.helperText ?? 'đồng'}
    />
  );
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const VN_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function isoFromVn(text: string): string {
  const match = VN_DATE.exec(text.trim());
  if (!match) return text;
  const [, d, m, y] = match;
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : text;
}

const validDate: Validator = (value) =>
  value && !ISO_DATE.test(String(value)) ? 'Ngày phải có dạng ngày/tháng/năm, ví dụ 14/01/2021' : undefined;

/**
 * A date typed and shown as dd/mm/yyyy whatever the browser's language (a native date picker would follow the
 * browser's locale); kept as the ISO date the API takes.
 */
export function VnDateInput(props: TextInputProps) {
  return (
    <TextInput
      placeholder="dd/mm/yyyy"
      {...props}
      format={(value: string | null | undefined) => {
        const match = value ? ISO_DATE.exec(value) : null;
        return match ? `${match[3]}/${match[2]}/${match[1]}` : (value ?? '');
      }}
      parse={(text: string) => (text ? isoFromVn(text) : null)}
      validate={props.validate ? [validDate, ...(Array.isArray(props.validate) ? props.validate : [props.validate])] : validDate}
    />
  );
}

/** A list of strings edited in one text box, one item per line (objectives, duties, next tasks). */
export const oneItemPerLine = { format: (v: string[] | undefined) => (v ?? []).join('\n'), parse: (v: string) => v.split('\n') };

/** A unit picked by name; same-named units are told apart by kind, parent and validity. */
export function UnitInput({
  source,
  label,
  filter,
  validate,
  alwaysOn,
}: {
  source: string;
  label?: string;
  filter?: object;
  validate?: Validator | Validator[];
  alwaysOn?: boolean;
}) {
  return (
    <ReferenceInput source={source} reference="AdministrativeUnit" filter={filter} alwaysOn={alwaysOn}>
      <AutocompleteInput label={label} optionText={(u: UnitSummary) => unitLabel(u)} validate={validate} sx={{ minWidth: 360 }} />
    </ReferenceInput>
  );
}

/** The unit a new plan or report belongs to: one of the signed-in user's unit and the units below it. */
export function OwnScopeUnitInput({ unitId }: { unitId: string | number | undefined }) {
  return <UnitInput source="administrativeUnitId" filter={unitId ? { withinUnitId: unitId } : {}} validate={required()} />;
}

/** The unit filter of a list: the chosen unit and every unit below it (the API's `administrativeUnitId` filter). */
export function unitFilter() {
  return <UnitInput key="unit" source="administrativeUnitId" label="Đơn vị (gồm cấp dưới)" alwaysOn />;
}
