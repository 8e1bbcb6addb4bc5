import { badInput } from '../../common/errors';
import type { ReportingDeadlineInput } from './plan.inputs';

// February counts 29 days: a yearly deadline of 29/2 is a real date in leap years.
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A reporting deadline is either one date ("trước ngày 20/11/2022") or a day and month every year ("trước ngày 15/12"),
 * or only its printed label. Null means "not given": a form sends the yearly pair empty for a one-time deadline.
 */
export function checkedDeadline(d: ReportingDeadlineInput, at: string) {
  const dueDate = d.dueDate ?? undefined;
  const month = d.recurringMonth ?? undefined;
  const day = d.recurringDay ?? undefined;
  if (!d.label?.trim()) throw badInput(`${at}.label`, 'Hạn báo cáo cần ghi như trong văn bản, ví dụ "trước ngày 30/11".');
  if (dueDate !== undefined && (month !== undefined || day !== undefined)) {
    throw badInput(`${at}.dueDate`, 'Hạn báo cáo là một ngày cụ thể hoặc một ngày, tháng hằng năm, không được cả hai.');
  }
  if ((month === undefined) !== (day === undefined)) {
    throw badInput(`${at}.${month === undefined ? 'recurringMonth' : 'recurringDay'}`, 'Hạn hằng năm cần cả ngày và tháng.');
  }
  if (month !== undefined && (month < 1 || month > 12)) throw badInput(`${at}.recurringMonth`, 'Tháng phải từ 1 đến 12.');
  if (month !== undefined && day !== undefined && (day < 1 || day > DAYS_IN_MONTH[month - 1])) {
    throw badInput(`${at}.recurringDay`, `Tháng ${month} chỉ có ${DAYS_IN_MONTH[month - 1]} ngày.`);
  }
  return { label: d.label.trim(), dueDate, recurringMonth: month, recurringDay: day };
}
