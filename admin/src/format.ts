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

/** "Bố Trạch, ngày 14 tháng 01 năm 2021", as the date line of a document. */
export function documentDateLine(place: string | null | undefined, iso: string | null | undefined): string {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  const date = match ? `ngày ${match[3]} tháng ${match[2]} năm ${match[1]}` : 'ngày    tháng    năm';
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
