import { ParticipantRole, RecipientPurpose } from '../../common/enums';
import { type Citation, findCitations } from './citations';
import type { DocumentFacts, FactActivity, FactReporting, FactSection } from './facts';
import { fold } from './fold';

/**
 * Reads the text of a plan or report (from a .txt file, or a .docx through mammoth) into what it prints.
 * It follows the layout Decree 30/2020 prescribes and the five seed documents use: header, kind and title,
 * "Căn cứ …" paragraphs, Roman sections with numbered items, "Trên đây là …", "Nơi nhận:" and the signature.
 * Whatever it cannot place is returned in `unplaced` with the reason, never dropped silently.
 */

/** End of a word: `\b` only knows ASCII letters, and Vietnamese words end in ế, ì, ủ… */
const END = '(?![\\p{L}])';
const ROMAN = /^(I|II|III|IV|V|VI|VII|VIII|IX|X)\.\s*(.*)$/;
const NUMBERED = /^(\d+)\.\s+(.*)$/;
const LETTERED = /^([a-zđ])\)\s*(.*)$/;
const BULLET = /^[-–•+]\s*(.*)$/;
const AUTHORITY = /^(TM\.|KT\.|Q\.|TL\.|TUQ\.)/;
const KIND_LINE = /^(KẾ HOẠCH|BÁO CÁO)$/;

const ROLE_KEYS: [RegExp, ParticipantRole | 'SCHEDULE' | 'CONTENT' | 'PLACE'][] = [
  [/^(cơ quan|đơn vị) chủ trì$/i, ParticipantRole.LEAD],
  [/^(cơ quan|đơn vị) phối hợp$/i, ParticipantRole.COORDINATING],
  [/^(cơ quan|đơn vị) (thực hiện|triển khai)$/i, ParticipantRole.IMPLEMENTING],
  [/^(cơ quan|đơn vị) tham mưu$/i, ParticipantRole.ADVISORY],
  [/^thời gian( thực hiện)?$/i, 'SCHEDULE'],
  [/^nội dung$/i, 'CONTENT'],
  [/^địa điểm$/i, 'PLACE'],
];

/** Markdown markers and line-wrap artefacts removed; a line that carries on the previous sentence is joined to it. */
export function cleanLines(text: string): string[] {
  const lines: string[] = [];
  for (const raw of text.replace(/\r/g, '').split('\n')) {
    const line = raw
      .replace(/\*+|__/g, '')
      .replace(/^#+\s*/, '')
      .replace(/^[-–]\s+\+\s*/, '+ ')
      .replace(/\s+/g, ' ')
      .trim();
    if (!line || /^[—_-]{3,}$/.test(line)) continue; // decorative rules under the header and the title
    const previous = lines[lines.length - 1];
    const carriesOn =
      previous !== undefined &&
      !/[.;:!?]$/.test(previous) &&
      !LETTERED.test(line) &&
      (/^[a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/.test(line) || /^\d{1,2}\/\d/.test(line));
    if (carriesOn) lines[lines.length - 1] = `${previous} ${line}`;
    else lines.push(line);
  }
  return lines;
}

const trimEnd = (s: string) =>
  s
    .replace(/\s*[;,]$/, '')
    .replace(/(?<!\.)\.$/, '')
    .trim();
const sentences = (s: string) => s.split(/(?<=[.;])\s+(?=[A-ZĐÀ-Ỹ])/u);

function dateOf(line: string): { place?: string; dateLabel: string; issuedOn?: string; blank: boolean } | undefined {
  const m = /^(?:(.*?),\s*)?ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})\s*$/u.exec(line);
  if (!m) return undefined;
  const [, place, day, month, year] = m;
  return {
    place: place || undefined,
    dateLabel: line,
    blank: !day || !month,
    issuedOn: day && month ? `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` : undefined,
  };
}

function purposeOf(name: string, kind: DocumentFacts['kind']): RecipientPurpose {
  if (/^lưu\b/i.test(name)) return RecipientPurpose.ARCHIVE;
  if (/\((b\/c|báo cáo)\)|b\/c\b/i.test(name)) return RecipientPurpose.REPORT;
  // A report goes up: the department or ministry it is addressed to receives it as a report.
  if (kind === 'REPORT' && /^(Sở|Bộ|UBND tỉnh|Ủy ban nhân dân tỉnh)(?![\p{L}])/u.test(name)) return RecipientPurpose.REPORT;
  if (/^(TT|CT|Thường trực|Chủ tịch|Ban Tuyên giáo|Ban Thường vụ|Chánh VP|CVVP|Huyện ủy|Tỉnh ủy|Thị ủy)\b/.test(name))
    return RecipientPurpose.INFORMATION;
  return RecipientPurpose.EXECUTION;
}

const REPORT_TO = new RegExp(
  `báo cáo${END}(?:[^.;]*?)\\s(?:về\\s+|cho\\s+|gửi\\s+)?((?:UBND|Ủy ban nhân dân|Sở|Bộ|Văn phòng|Phòng)\\s[^(.;]*?(?:,\\s*(?:UBND|Sở)\\s[^(.;]*?)*)(?=\\s*\\(|\\s+(?:trước|định kỳ|về|để|hoặc|theo|kết quả|tình hình)${END}|[.;]|$)`,
  'iu',
);

/** A sentence that says who reports to whom, by when. */
function reportingIn(sentence: string, reporter: string | undefined): FactReporting | undefined {
  const target = REPORT_TO.exec(sentence);
  if (!target) return undefined;
  const via = /\((?:thông qua|qua)\s+([^)]+)\)/.exec(sentence)?.[1];
  const deadlines = [...sentence.matchAll(/(trước ngày \d{1,2}\/\d{1,2}\/\d{4})|(\d{1,2}\/\d{1,2})(?!\/)/g)].map((m) => m[1] ?? m[2]);
  return { description: sentence.trim(), reporter, reportTo: target[1].trim(), via, deadlines };
}

function newFacts(kind: 'PLAN' | 'REPORT'): DocumentFacts {
  return {
    kind,
    issuerLines: [],
    draft: false,
    title: '',
    bases: [],
    references: [],
    objectives: [],
    requirements: [],
    activities: [],
    responsibilities: [],
    reporting: [],
    sections: [],
    nextTasks: [],
    spending: [],
    recipients: [],
    unplaced: [],
  };
}

/** Reads a plan or report; undefined when the text is neither (no "KẾ HOẠCH" or "BÁO CÁO" line). */
export function readDocumentText(text: string): DocumentFacts | undefined {
  const all = cleanLines(text);
  // The exporter's activity table repeats the body; a "PHỤ LỤC" after the signature is not part of the text proper.
  const appendix = all.findIndex((l, i) => i > 0 && /^PHỤ LỤC/.test(l) && all.slice(0, i).some((x) => AUTHORITY.test(x)));
  const lines = appendix < 0 ? all : all.slice(0, appendix);
  const kindAt = lines.findIndex((l) => KIND_LINE.test(l.toUpperCase() === l ? l : ''));
  if (kindAt < 0) return undefined;
  const facts = newFacts(lines[kindAt] === 'KẾ HOẠCH' ? 'PLAN' : 'REPORT');

  for (const line of lines.slice(0, kindAt)) {
    const date = dateOf(line);
    if (/^số\s*:/i.test(line)) {
      const symbol = line
        .replace(/^số\s*:\s*/i, '')
        .replace(/\s*\/\s*/g, '/')
        .replace(/\s+/g, ' ')
        .trim();
      if (/^\d/.test(symbol)) facts.symbol = symbol;
      else facts.draft = true;
    } else if (date) {
      Object.assign(facts, { place: date.place, dateLabel: date.dateLabel, issuedOn: date.issuedOn });
      if (date.blank) facts.draft = true;
    } else if (/DỰ THẢO/i.test(line)) facts.draft = true;
    else if (/ngày\s*…/.test(line))
      facts.draft = facts.draft || !facts.symbol; // "…, ngày … tháng … năm …": nothing printed
    else if (!/^(CỘNG HÒA|CỘNG HOÀ|Độc lập)/i.test(line)) facts.issuerLines.push(line);
  }

  // Title: up to the first paragraph that opens the body.
  let at = kindAt + 1;
  const title: string[] = [];
  while (
    at < lines.length &&
    title.length < 3 &&
    !new RegExp(`^(Căn cứ|Thực hiện|Để|Nhằm|Ủy ban|UBND)${END}`, 'u').test(lines[at]) &&
    !ROMAN.test(lines[at])
  )
    title.push(lines[at++]);
  facts.title = title.join(' ');
  const preamble: string[] = [];
  while (at < lines.length && !ROMAN.test(lines[at])) preamble.push(lines[at++]);
  facts.preamble = preamble.join('\n') || undefined;

  const basisKeys = new Set<string>();
  const addBasis = (kind: 'BASIS' | 'IMPLEMENTS', c: Citation) => {
    const key = c.symbol ?? c.name!;
    if (basisKeys.has(key)) return;
    basisKeys.add(key);
    facts.bases.push({ kind, citation: c });
  };
  if (facts.kind === 'PLAN') {
    if (/^(Triển khai|Thực hiện)/.test(facts.title)) for (const c of findCitations(facts.title)) addBasis('IMPLEMENTS', c);
    for (const paragraph of preamble) {
      const implementing = /^(Thực hiện|Triển khai)/.test(paragraph);
      for (const c of findCitations(paragraph)) addBasis(implementing || c.documentType === 'PLAN' ? 'IMPLEMENTS' : 'BASIS', c);
    }
  }

  const body = lines.slice(at);
  if (facts.kind === 'PLAN') readPlanBody(body, facts);
  else readReportBody(body, facts);
  const bodyText = facts.kind === 'PLAN' ? body.join('\n') : [facts.title, ...lines.slice(kindAt + 1)].join('\n');
  facts.references = findCitations(bodyText).filter((c) => !basisKeys.has(c.symbol ?? c.name!));
  return facts;
}

/** Closing, "Nơi nhận:" list and signature block: the tail both kinds share. Returns true when the line was one of them. */
function readTail(line: string, facts: DocumentFacts, state: { tail: 'none' | 'recipients' | 'signature' }, next?: string): boolean {
  // The closing paragraph: "Trên đây là …", or whatever unnumbered paragraph stands right before "Nơi nhận".
  if (
    /^Trên đây là/.test(line) ||
    (!facts.closing && next !== undefined && /^Nơi nhận/i.test(next) && !BULLET.test(line) && !NUMBERED.test(line))
  ) {
    facts.closing = line;
    for (const s of sentences(line)) {
      const r = reportingIn(s, undefined);
      if (r) facts.reporting.push(r);
    }
    state.tail = 'none';
    return true;
  }
  if (/^Nơi nhận\s*:?$/i.test(line)) {
    state.tail = 'recipients';
    return true;
  }
  const bullet = BULLET.exec(line);
  if (state.tail === 'recipients' && bullet) {
    facts.recipients.push({ name: trimEnd(bullet[1]), purpose: purposeOf(bullet[1], facts.kind) });
    return true;
  }
  if (AUTHORITY.test(line)) {
    if (facts.signature && state.tail === 'signature') facts.signature.authority += `\n${line}`;
    else facts.signature = { authority: line, position: '' };
    state.tail = 'signature';
    return true;
  }
  if (state.tail === 'signature' && facts.signature) {
    if (!facts.signature.position && line === line.toUpperCase()) facts.signature.position = line;
    else if (!facts.signature.signerName) facts.signature.signerName = line;
    else return false;
    return true;
  }
  return false;
}

function readPlanBody(lines: string[], facts: DocumentFacts) {
  type Mode = 'aims' | 'activities' | 'budget' | 'duties' | 'other';
  let mode: Mode = 'other';
  let aims: string[] = facts.objectives;
  let top: FactActivity | undefined;
  let child: FactActivity | undefined;
  let pendingRole: { role: ParticipantRole } | 'CONTENT' | undefined;
  let loose: string[] = [];
  let duty: { name: string; duties: string[] } | undefined;
  const state = { tail: 'none' as 'none' | 'recipients' | 'signature' };

  // Unlabelled paragraphs under an item: one is its content, several are its sub-items (<label>.<n>).
  const settle = () => {
    if (!top) return;
    // A paragraph ending in ":" introduces the sub-items that follow; it is the item's content, not one of them.
    while (loose.length > 1 && /:$/.test(loose[0])) top.description = [top.description, loose.shift()].filter(Boolean).join('\n');
    if (loose.length === 1 && !top.children.length) top.description = [top.description, loose[0]].filter(Boolean).join('\n');
    else
      for (const text of loose) {
        const [first] = sentences(text);
        top.children.push({
          label: `${top.label}.${top.children.length + 1}`,
          title: trimEnd(first),
          description: first.trim() === text.trim() ? undefined : text,
          participants: [],
          children: [],
        });
      }
    loose = [];
  };

  for (const [i, line] of lines.entries()) {
    if (readTail(line, facts, state, lines[i + 1])) {
      if (state.tail !== 'none' || facts.closing === line) settle();
      continue;
    }
    if (state.tail !== 'none') {
      facts.unplaced.push({ text: line, reason: 'Dòng lạ trong phần nơi nhận, chữ ký.' });
      continue;
    }
    const roman = ROMAN.exec(line);
    if (roman) {
      settle();
      const heading = fold(roman[2]);
      mode = /muc dich|muc tieu/.test(heading)
        ? 'aims'
        : /kinh phi/.test(heading)
          ? 'budget'
          : /to chuc thuc hien/.test(heading)
            ? 'duties'
            : /noi dung|nhiem vu|hoat dong/.test(heading)
              ? 'activities'
              : 'other';
      if (mode === 'other') facts.unplaced.push({ text: line, reason: 'Mục không thuộc các phần đã biết của kế hoạch.' });
      top = child = undefined;
      aims = facts.objectives;
      continue;
    }
    const numbered = NUMBERED.exec(line);
    const bullet = BULLET.exec(line);
    const text = bullet ? bullet[1] : line;
    if (mode === 'aims') {
      if (numbered && /^(mục đích|mục tiêu)/i.test(numbered[2])) aims = facts.objectives;
      else if (numbered && /^yêu cầu/i.test(numbered[2])) aims = facts.requirements;
      else aims.push(trimEnd(text));
    } else if (mode === 'budget') {
      facts.budgetNote = [facts.budgetNote, line].filter(Boolean).join('\n');
    } else if (mode === 'duties') {
      if (numbered) {
        const sentence = numbered[2];
        const heading = sentence.length < 120 && !/[.:]/.test(sentence.slice(0, -1));
        duty = heading ? { name: trimEnd(sentence), duties: [] } : { name: agencyPrefix(sentence), duties: [sentence] };
        facts.responsibilities.push(duty);
      } else if (duty) duty.duties.push(text);
      else facts.unplaced.push({ text: line, reason: 'Nhiệm vụ không gắn với cơ quan nào.' });
    } else if (mode === 'activities') {
      const lettered = LETTERED.exec(line);
      const key = bullet && /^([^:]{3,40}):\s*(.*)$/.exec(bullet[1]);
      const role = key && ROLE_KEYS.find(([re]) => re.test(key[1].trim()))?.[1];
      const current = child ?? top;
      if (numbered) {
        settle();
        top = { label: numbered[1], title: trimEnd(numbered[2]), participants: [], children: [] };
        child = undefined;
        pendingRole = undefined;
        facts.activities.push(top);
      } else if (lettered && top) {
        settle();
        child = { label: `${top.label}.${lettered[1]}`, title: trimEnd(lettered[2]), participants: [], children: [] };
        top.children.push(child);
      } else if (current && role) {
        const value = key[2].trim();
        pendingRole = undefined;
        if (role === 'SCHEDULE') current.schedule = trimEnd(value);
        else if (role === 'PLACE') current.description = [current.description, line].filter(Boolean).join('\n');
        else if (role === 'CONTENT') {
          if (value) current.description = [current.description, value].filter(Boolean).join('\n');
          else pendingRole = 'CONTENT';
        } else if (value) current.participants.push({ role, name: trimEnd(value) });
        else pendingRole = { role };
      } else if (current && /^\+/.test(line)) {
        const part = /^\+\s*(.*?):\s*(.+)$/.exec(line);
        if (pendingRole && pendingRole !== 'CONTENT' && part) {
          current.participants.push({ role: pendingRole.role, name: trimEnd(part[2]), note: part[1].trim() });
        } else current.description = [current.description, line].filter(Boolean).join('\n');
      } else if (top) loose.push(text);
      else facts.unplaced.push({ text: line, reason: 'Đoạn trước nội dung được đánh số đầu tiên.' });
    } else facts.unplaced.push({ text: line, reason: 'Đoạn nằm ngoài các phần đã biết.' });
  }
  settle();
  for (const r of facts.responsibilities) {
    for (const d of r.duties)
      for (const s of sentences(d)) {
        const found = reportingIn(s, r.name);
        if (found) facts.reporting.push(found);
      }
  }
}

/** "Sở Thông tin và Truyền thông chủ trì phối hợp …" → "Sở Thông tin và Truyền thông". */
function agencyPrefix(sentence: string): string {
  const cut = new RegExp(
    `^(?:Đề nghị\\s+)?(.+?)(?::|\\s+(?:chủ trì|căn cứ|xây dựng|phối hợp|có trách nhiệm|tham mưu|triển khai|thực hiện|phát lại|theo dõi|chỉ đạo)${END})`,
    'u',
  ).exec(sentence);
  return trimEnd(cut ? cut[1] : sentence.split(/\s+/).slice(0, 8).join(' '));
}

function readReportBody(lines: string[], facts: DocumentFacts) {
  let part: 'results' | 'next' | 'recommendations' | 'other' = 'other';
  let roman: FactSection | undefined;
  let item: FactSection | undefined;
  let sub: FactSection | undefined;
  const state = { tail: 'none' as 'none' | 'recipients' | 'signature' };
  const addBody = (section: FactSection | undefined, text: string) => {
    if (section) section.body = [section.body, text].filter(Boolean).join('\n');
  };

  for (const [i, line] of lines.entries()) {
    if (readTail(line, facts, state, lines[i + 1])) continue;
    if (state.tail !== 'none') {
      facts.unplaced.push({ text: line, reason: 'Dòng lạ trong phần nơi nhận, chữ ký.' });
      continue;
    }
    const r = ROMAN.exec(line);
    if (r) {
      const [heading, inline] = r[2].split(/:\s*/, 2);
      const folded = fold(heading);
      part = /phuong huong|nhiem vu/.test(folded) ? 'next' : /kien nghi|de xuat/.test(folded) ? 'recommendations' : 'results';
      roman = { label: r[1], heading: trimEnd(heading), body: '', children: [] };
      facts.sections.push(roman);
      item = sub = undefined;
      if (inline) {
        addBody(roman, trimEnd(inline));
        if (part === 'recommendations') facts.recommendations = trimEnd(inline);
      }
      continue;
    }
    const numbered = NUMBERED.exec(line);
    const lettered = LETTERED.exec(line);
    if (part === 'next') {
      facts.nextTasks.push(numbered ? numbered[2] : line);
      addBody(roman, line);
    } else if (part === 'recommendations') {
      facts.recommendations = [facts.recommendations, line].filter(Boolean).join('\n');
      addBody(roman, line);
    } else if (roman && numbered) {
      item = { label: numbered[1], heading: trimEnd(numbered[2]), body: '', children: [] };
      sub = undefined;
      roman.children.push(item);
    } else if (item && lettered) {
      const [heading, inline] = lettered[2].split(/:\s*/, 2);
      sub = { label: lettered[1], heading: trimEnd(heading), body: inline ? inline.trim() : '', children: [] };
      item.children.push(sub);
    } else if (roman) {
      const money = /^[-–]\s*([\d.]+)\s*(?:đ|đồng)\s+(.*)$/u.exec(line);
      if (money) facts.spending.push({ amount: money[1].replace(/\./g, ''), description: trimEnd(money[2]) });
      addBody(sub ?? item ?? roman, line);
    } else facts.unplaced.push({ text: line, reason: 'Đoạn trước mục đánh số La Mã đầu tiên.' });
  }
}
