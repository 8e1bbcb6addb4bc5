import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  type ParagraphChild,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { ParticipantRole } from '../../common/enums';
import type { DocumentFacts, FactActivity, FactSection } from './facts';

/**
 * A plan or report as a Word file laid out the way Decree 30/2020/NĐ-CP Appendix I prescribes for administrative
 * documents: A4, Times New Roman 13–14 pt, margins 20/20/30/15 mm, the two-column header (issuing body and number on
 * the left; national title, motto and place-date on the right), kind and trích yếu centred, the body, then "Nơi
 * nhận" bottom-left next to the signature block. The body uses the numbering the importer reads back.
 */

const MM = 56.7; // twips per millimetre
const FONT = 'Times New Roman';
const SIZE = 28; // half-points: 14 pt body
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

const run = (text: string, options: { bold?: boolean; italics?: boolean; size?: number; underline?: boolean } = {}) =>
  new TextRun({
    text,
    font: FONT,
    size: options.size ?? SIZE,
    bold: options.bold,
    italics: options.italics,
    underline: options.underline ? {} : undefined,
  });

const para = (
  children: ParagraphChild[] | string,
  options: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; indent?: boolean; after?: number } = {},
) =>
  new Paragraph({
    children: typeof children === 'string' ? [run(children)] : children,
    alignment: options.align ?? AlignmentType.JUSTIFIED,
    indent: options.indent ? { firstLine: Math.round(12.7 * MM) } : undefined,
    spacing: { after: options.after ?? 120, line: 276 },
  });

const centred = (text: string, options: { bold?: boolean; italics?: boolean; size?: number; underline?: boolean } = {}) =>
  para([run(text, options)], { align: AlignmentType.CENTER, after: 0 });

const cell = (children: Paragraph[], widthPct: number) =>
  new TableCell({
    children,
    width: { size: widthPct, type: WidthType.PERCENTAGE },
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
  });

const twoColumns = (left: Paragraph[], right: Paragraph[], leftPct: number) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(left, leftPct), cell(right, 100 - leftPct)] })],
  });

const KIND = { PLAN: { word: 'KẾ HOẠCH', code: 'KH' }, REPORT: { word: 'BÁO CÁO', code: 'BC' } };

function headerTable(facts: DocumentFacts): Table {
  const code = KIND[facts.kind].code;
  const number = facts.symbol ? `Số: ${facts.symbol}` : `Số:        /${code}-UBND`;
  const dateLine = facts.dateLabel || `${facts.place ?? '…'}, ngày … tháng … năm …`;
  return twoColumns(
    [
      ...facts.issuerLines.map((line) => centred(line, { bold: true, size: 26 })),
      centred('—————', { size: 20 }),
      centred(number, { size: 26 }),
    ],
    [
      centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 24 }),
      centred('Độc lập - Tự do - Hạnh phúc', { bold: true, size: 26, underline: true }),
      centred(''),
      centred(dateLine, { italics: true, size: 26 }),
    ],
    40,
  );
}

const ROLE_LABEL: Record<ParticipantRole, string> = {
  LEAD: 'Cơ quan chủ trì',
  COORDINATING: 'Cơ quan phối hợp',
  IMPLEMENTING: 'Cơ quan thực hiện',
  ADVISORY: 'Cơ quan tham mưu',
};

function activityParagraphs(a: FactActivity, lettered: boolean): Paragraph[] {
  const out: Paragraph[] = [
    para([run(`${lettered ? `${a.label.split('.').pop()})` : `${a.label}.`} ${a.title}`, { bold: !lettered })], { indent: true }),
  ];
  if (a.description && !a.children.length) out.push(para(`- Nội dung: ${a.description.replace(/\n/g, ' ')}`, { indent: true }));
  for (const child of a.children) {
    if (/\.[a-zđ]$/.test(child.label)) out.push(...activityParagraphs(child, true));
    else out.push(para(`- ${child.description ?? `${child.title}.`}`, { indent: true }));
  }
  for (const role of Object.keys(ROLE_LABEL) as ParticipantRole[]) {
    const named = a.participants.filter((p) => p.role === role);
    if (!named.length) continue;
    if (named.some((p) => p.note)) {
      out.push(para(`- ${ROLE_LABEL[role]}:`, { indent: true }));
      const notes = [...new Set(named.map((p) => p.note ?? ''))];
      for (const note of notes)
        out.push(
          para(
            `+ ${note}: ${named
              .filter((p) => (p.note ?? '') === note)
              .map((p) => p.name)
              .join(', ')}.`,
            { indent: true },
          ),
        );
    } else out.push(para(`- ${ROLE_LABEL[role]}: ${named.map((p) => p.name).join(', ')}.`, { indent: true }));
  }
  if (a.schedule) out.push(para(`- Thời gian thực hiện: ${a.schedule}.`, { indent: true }));
  return out;
}

const heading = (text: string) => para([run(text, { bold: true })], { indent: true });
const bullets = (items: string[]) => items.map((item) => para(`- ${item}`, { indent: true }));
const withoutLabel = (text: string) => text.replace(/^(\d+\.|[a-zđ]\))\s*/, '');

function sectionParagraphs(s: FactSection, depth: number): Paragraph[] {
  const label = depth === 0 ? `${s.label ?? ''}. ` : depth === 1 ? `${s.label ?? ''}. ` : `${s.label ?? ''}) `;
  return [
    heading(`${s.label ? label : ''}${withoutLabel(s.heading)}`),
    ...(s.body ? s.body.split('\n').map((line) => para(line, { indent: true })) : []),
    ...s.children.flatMap((c) => sectionParagraphs(c, depth + 1)),
  ];
}

function planBody(facts: DocumentFacts): Paragraph[] {
  const out: Paragraph[] = [
    heading('I. MỤC ĐÍCH, YÊU CẦU'),
    heading('1. Mục đích'),
    ...bullets(facts.objectives),
    heading('2. Yêu cầu'),
    ...bullets(facts.requirements),
    heading('II. NỘI DUNG'),
    ...facts.activities.flatMap((a) => activityParagraphs(a, false)),
  ];
  if (facts.budgetNote)
    out.push(heading('III. KINH PHÍ THỰC HIỆN'), ...facts.budgetNote.split('\n').map((line) => para(line, { indent: true })));
  out.push(heading('IV. TỔ CHỨC THỰC HIỆN'));
  facts.responsibilities.forEach((r, i) => out.push(heading(`${i + 1}. ${r.name}`), ...bullets(r.duties)));
  return out;
}

function activityTable(facts: DocumentFacts): Table {
  const header = ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'];
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const tableCell = (text: string, bold = false) =>
    new TableCell({
      children: [para([run(text, { bold, size: 24 })], { align: AlignmentType.LEFT, after: 0 })],
      borders: { top: border, bottom: border, left: border, right: border },
    });
  const rows = facts.activities
    .flatMap((a) => [a, ...a.children])
    .map(
      (a) =>
        new TableRow({
          children: [a.label, a.title, names(a, ParticipantRole.LEAD), names(a, ParticipantRole.COORDINATING), a.schedule ?? ''].map((t) =>
            tableCell(t),
          ),
        }),
    );
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ children: header.map((h) => tableCell(h, true)), tableHeader: true }), ...rows],
  });
}
const names = (a: FactActivity, role: ParticipantRole) =>
  a.participants
    .filter((p) => p.role === role)
    .map((p) => p.name)
    .join(', ');

/** The .docx bytes of a plan or report. */
export async function writeDocx(facts: DocumentFacts): Promise<Buffer> {
  const body: (Paragraph | Table)[] = [headerTable(facts)];
  if (facts.draft) body.push(para([run('DỰ THẢO', { bold: true })], { align: AlignmentType.RIGHT }));
  body.push(
    para([run(KIND[facts.kind].word, { bold: true })], { align: AlignmentType.CENTER, after: 0 }),
    centred(facts.title, { bold: true }),
    centred('—————', { size: 20 }),
  );
  for (const line of (facts.preamble ?? '').split('\n').filter(Boolean)) body.push(para(line, { indent: true }));
  body.push(...(facts.kind === 'PLAN' ? planBody(facts) : facts.sections.flatMap((s) => sectionParagraphs(s, 0))));
  if (facts.closing) body.push(para(facts.closing, { indent: true }));
  const recipients = facts.recipients.map((r, i) =>
    para([run(`- ${r.name}${i === facts.recipients.length - 1 ? '.' : ';'}`, { size: 22 })], { align: AlignmentType.LEFT, after: 0 }),
  );
  const signature = facts.signature
    ? [
        ...facts.signature.authority.split('\n').map((line) => centred(line, { bold: true })),
        centred(facts.signature.position, { bold: true }),
        centred(''),
        centred(''),
        centred(facts.signature.signerName ?? '', { bold: true }),
      ]
    : [centred('')];
  body.push(
    twoColumns(
      [para([run('Nơi nhận:', { bold: true, italics: true, size: 24 })], { align: AlignmentType.LEFT, after: 0 }), ...recipients],
      signature,
      50,
    ),
  );
  if (facts.kind === 'PLAN' && facts.activities.length)
    body.push(
      para(''),
      para([run('PHỤ LỤC: BẢNG TỔNG HỢP NỘI DUNG', { bold: true })], { align: AlignmentType.CENTER }),
      activityTable(facts),
    );
  const document = new Document({
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) },
          },
        },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(document);
}
