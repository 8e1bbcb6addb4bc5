/** How the console writes dates and money: dd/mm/yyyy and whole đồng with '.' between thousands. */

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** "23/11/2026 15:10" in the browser's time zone. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * Day and month as administrative documents write them (Nghị định 30/2020/NĐ-CP): a day below 10 and the months
 * January and February take a leading zero, other months do not ("07", "02", "9").
 */
function dayMonth(iso: string): [string, string, string] | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return null;
  const month = Number(match[2]);
  return [match[3], month < 3 ? match[2] : String(month), match[1]];
}

/** "07/9/2015", as a document cites a date. */
export function shortDate(iso: string | null | undefined): string {
  const parts = iso ? dayMonth(iso) : null;
  return parts ? parts.join('/') : (iso ?? '');
}

/** "Quảng Trị, ngày 15 tháng 02 năm 2022", the date line of a document, from its issue date. */
export function documentDateLine(place: string | null | undefined, iso: string | null | undefined): string {
  const parts = iso ? dayMonth(iso) : null;
  const date = parts ? `ngày ${parts[0]} tháng ${parts[1]} năm ${parts[2]}` : 'ngày    tháng    năm';
  return place ? `${place}, ${date}` : date;
}

/** "54000000" → "54.000.000"; exact for any number of digits (amounts are digit strings, never floats). */
export function groupDigits(digits: string): string {
  const negative = digits.startsWith('-');
  const body = negative ? digits.slice(1) : digits;
  return (negative ? '-' : '') + body.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

export function formatMoney(amount: string | number | null | undefined): string {
  if (amount === null || amount === undefined || amount === '') return '';
  return `${groupDigits(String(amount))} đ`;
}

/** Back from a typed "15.000.000" (or "15 000 000 đ") to the digit string the API takes. */
export function parseMoney(text: string): string {
  return text.replace(/[^\d]/g, '');
}
