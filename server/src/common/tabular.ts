import ExcelJS from 'exceljs';
import type http from 'node:http';

/** A cell: text, a whole number, or whole đồng as a digit string (`money`), which must stay exact. */
export type Cell = string | number | null | { money: string | null };

export interface Table {
  /** Vietnamese column headers. */
  columns: string[];
  /** Rows arrive in batches so a large export never sits whole in memory. */
  rows: AsyncIterable<Cell[][]>;
  /** Shown after the rows in a spreadsheet only (CSV stays a plain table for tools). */
  footer?: Cell[];
  /** Extra sheet in a spreadsheet: label → value (filters used, rows left out…). */
  notes?: [string, string][];
}

export type Format = 'csv' | 'xlsx';

/**
 * Text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a tab or carriage return before one) gets a
 * leading apostrophe, so a description typed by one official cannot execute in another's Excel.
 */
export const neutralise = (text: string): string => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

const csvText = (cell: Cell): string => {
  const text =
    cell === null ? '' : typeof cell === 'object' ? (cell.money ?? '') : typeof cell === 'string' ? neutralise(cell) : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * A spreadsheet number is a double: amounts up to 2^53 đồng (9 million billion) are exact as numbers and
 * stay summable; anything larger is written as text so no digit is lost.
 */
const xlsxValue = (cell: Cell): string | number | null => {
  if (typeof cell === 'string') return neutralise(cell);
  if (cell === null || typeof cell !== 'object') return cell;
  if (cell.money === null) return null;
  const value = Number(cell.money);
  return Number.isSafeInteger(value) ? value : cell.money;
};

/** Writes the table as CSV (UTF-8 with BOM, so Excel shows Vietnamese) or XLSX, streaming to the response. */
export async function sendTable(
  res: http.ServerResponse,
  format: Format,
  fileName: string,
  table: Table,
  headers: Record<string, string> = {},
): Promise<void> {
  const disposition = `attachment; filename="${fileName}.${format}"`;
  if (format === 'csv') {
    res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': disposition, ...headers });
    res.write(`\uFEFF${table.columns.map(csvText).join(',')}\r\n`);
    for await (const batch of table.rows) res.write(batch.map((row) => `${row.map(csvText).join(',')}\r\n`).join(''));
    res.end();
    return;
  }
  res.writeHead(200, {
    'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'content-disposition': disposition,
    ...headers,
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true });
  const sheet = workbook.addWorksheet('Dữ liệu', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((header) => ({ header, width: Math.max(12, header.length + 2) }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  const moneyColumns = new Set<number>();
  const addRow = (row: Cell[], bold = false) => {
    row.forEach((cell, i) => {
      if (cell !== null && typeof cell === 'object') moneyColumns.add(i + 1);
    });
    const added = sheet.addRow(row.map(xlsxValue));
    for (const column of moneyColumns) added.getCell(column).numFmt = '#,##0';
    if (bold) added.font = { bold: true };
    added.commit();
  };
  for await (const batch of table.rows) batch.forEach((row) => addRow(row));
  if (table.footer) addRow(table.footer, true);
  sheet.commit();
  if (table.notes) {
    const notes = workbook.addWorksheet('Ghi chú');
    notes.columns = [
      { header: 'Mục', width: 40 },
      { header: 'Giá trị', width: 60 },
    ];
    for (const note of table.notes) notes.addRow(note).commit();
    notes.commit();
  }
  await workbook.commit();
}
