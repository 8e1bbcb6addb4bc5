import { downloadCSV, type Exporter } from 'react-admin';
import { formatDate } from '../format';
import { domainMessages, enums, type EnumName } from '../i18n/domain';

type Data = Record<string, any>;
/** A column: a field path, or [header, value] for a computed one. */
export type Column = string | [string, (record: Data) => unknown];

const at = (record: Data, path: string) => path.split('.').reduce<any>((value, key) => value?.[key], record);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function cell(value: unknown, enumName?: EnumName): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((v) => cell(v, enumName)).join('; ');
  if (enumName) return (enums[enumName] as Record<string, string>)[String(value)] ?? String(value);
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  const text = String(value);
  return DATE.test(text) ? formatDate(text) : text;
}

const quoted = (text: string) => (/[",;\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/**
 * "Xuất dữ liệu" of a list: Vietnamese headers (the fields' labels), enum values as labels ("Đã ban hành", not
 * `ISSUED`), dates dd/mm/yyyy, amounts as exact digits; a UTF-8 byte-order mark so Excel reads the Vietnamese.
 */
export function vietnameseExporter(
  resource: keyof typeof domainMessages.resources,
  columns: Column[],
  enumFields: Record<string, EnumName> = {},
): Exporter {
  const labels = domainMessages.resources[resource].fields as Record<string, string>;
  return (records: Data[]) => {
    const header = columns.map((c) => (typeof c === 'string' ? (labels[c] ?? labels[c.split('.')[0]] ?? c) : c[0]));
    const rows = records.map((r) => columns.map((c) => (typeof c === 'string' ? cell(at(r, c), enumFields[c]) : cell(c[1](r)))));
    const csv = [header, ...rows].map((row) => row.map(quoted).join(',')).join('\r\n');
    downloadCSV(`\ufeff${csv}`, domainMessages.resources[resource].name.split(' |||| ')[0]);
  };
}
