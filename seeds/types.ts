/**
 * Shape of the structured seed data. The JSON files in this folder conform to these types;
 * `server/src/db/seed` validates every cross-reference (unit codes, agency keys, document keys)
 * before it writes anything, so a typo fails loudly instead of dropping a link.
 *
 * Text is copied exactly as printed in the source document (Vietnamese, with diacritics),
 * apart from markdown markers (`**`, `#`) and line-wrap artefacts, which are removed.
 */

export type UnitLevel = 'CENTRAL' | 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
export type UnitKind =
  | 'NATION'
  | 'PROVINCE' // tỉnh
  | 'MUNICIPALITY' // thành phố trực thuộc Trung ương
  | 'RURAL_DISTRICT' // huyện
  | 'TOWN' // thị xã
  | 'PROVINCIAL_CITY' // thành phố thuộc tỉnh
  | 'COMMUNE' // xã
  | 'WARD' // phường
  | 'TOWNSHIP'; // thị trấn

export interface SeedUnit {
  code: string; // official GSO code; 'VN' for the central level
  name: string; // 'Bố Trạch'
  fullName: string; // 'Huyện Bố Trạch'
  kind: UnitKind;
  level: UnitLevel;
  parent?: string; // parent unit code
  validFrom?: string; // ISO date
  validTo?: string; // ISO date, last day the unit existed
  successor?: string; // unit code that took over after validTo
}

export type AgencyKind =
  | 'PARTY' // Bộ Chính trị, Tỉnh ủy, Huyện ủy, Ban Thường vụ
  | 'PARTY_BOARD' // Ban Tuyên giáo …
  | 'PEOPLES_COUNCIL' // HĐND
  | 'PEOPLES_COMMITTEE' // UBND, Chính phủ, Thủ tướng
  | 'MINISTRY' // Bộ …
  | 'DEPARTMENT' // Sở …
  | 'DIVISION' // Phòng … (district level)
  | 'OFFICE' // Văn phòng …
  | 'BOARD' // Ban Quản lý, Ban Chỉ đạo …
  | 'MEDIA' // Báo, Đài, Tạp chí, Trang TTĐT
  | 'POLICE' // Công an
  | 'MILITARY' // Bộ Chỉ huy quân sự / Biên phòng
  | 'MASS_ORGANIZATION' // Mặt trận Tổ quốc, Đoàn, Hội
  | 'PUBLIC_SERVICE' // Trung tâm …
  | 'COLLECTIVE' // a group named as one party: 'Các sở, ban, ngành …', 'UBND cấp xã'
  | 'OTHER';

export interface SeedAgency {
  key: string; // stable id, e.g. 'quangtri.stttt'; the same key in two files means the same agency
  name: string; // full name as printed: 'Sở Thông tin và Truyền thông'
  shortName?: string; // 'Sở TT&TT'
  kind: AgencyKind;
  unit: string; // unit code the agency belongs to
  parent?: string; // agency key
  contactEmail?: string;
  contactPhone?: string;
}

export type DocumentType =
  | 'LAW'
  | 'DECREE' // Nghị định
  | 'CIRCULAR' // Thông tư
  | 'DECISION' // Quyết định
  | 'DIRECTIVE' // Chỉ thị
  | 'CONCLUSION' // Kết luận
  | 'RESOLUTION' // Nghị quyết
  | 'PLAN' // Kế hoạch
  | 'PROGRAM' // Chương trình
  | 'SCHEME' // Đề án
  | 'STRATEGY' // Chiến lược
  | 'OFFICIAL_LETTER' // Công văn
  | 'REPORT' // Báo cáo
  | 'OTHER';

/** Whether the document prints a fact or whoever entered it inferred it; absent means printed. */
export type FactSource = 'PRINTED' | 'INFERRED';

export interface SeedLegalDocument {
  key: string; // the symbol as printed when it has one ('72/2015/NĐ-CP'), otherwise a slug
  documentType: DocumentType;
  symbol?: string; // number-symbol in its standard form, e.g. '57-KL/TW', '09/2017/NĐ-CP'; absent when none is printed
  printedSymbol?: string; // as printed, when it differs from `symbol`: '25 - CT/TW', '211/KH-TU', '09/2016/NĐ-CP'
  symbolNote?: string; // why the printed and standard forms differ, when a misprint was corrected
  issuedOn?: string; // ISO date when the text gives it
  issuer?: string; // agency key when the issuer is catalogued
  issuerName: string; // issuer as the text names it: 'Chính phủ', 'UBND tỉnh Quảng Bình'
  issuerSource?: FactSource; // INFERRED when no citing text names the issuer (04-CT/TW, Luật Ngân sách nhà nước)
  coIssuers?: string[]; // agency keys of joint issuers besides `issuer`
  title: string; // trích yếu: what the document is about
}

export type LegalBasisKind = 'BASIS' | 'IMPLEMENTS' | 'REFERENCES';
export type ParticipantRole = 'LEAD' | 'COORDINATING' | 'ADVISORY' | 'IMPLEMENTING';
export type ActivityCategory =
  | 'GUIDANCE' // văn bản chỉ đạo, hành lang pháp lý
  | 'PROPAGANDA' // tuyên truyền
  | 'COMMEMORATION' // kỷ niệm ngày lễ
  | 'PROMOTION' // quảng bá hình ảnh, ấn phẩm
  | 'INVESTMENT_PROMOTION' // xúc tiến đầu tư, thương mại
  | 'PRESS' // cung cấp thông tin cho báo chí, đón phóng viên nước ngoài
  | 'COUNTER_DISINFORMATION' // đấu tranh phản bác thông tin sai lệch
  | 'TRAINING' // tập huấn, bồi dưỡng
  | 'EXCHANGE' // giao lưu, đối ngoại nhân dân, đoàn ra đoàn vào
  | 'DIGITAL' // cổng/trang TTĐT, chuyển đổi số
  | 'EXHIBITION' // triển lãm
  | 'COORDINATION' // phối hợp, kiện toàn bộ máy
  | 'RESOURCES' // kinh phí, cơ sở vật chất
  | 'OTHER';

export interface SeedSchedule {
  label?: string; // as printed: 'Cả năm 2022', 'Quý II và IV/2022', 'Thường xuyên'
  startDate?: string; // ISO
  endDate?: string; // ISO
  quarters?: number[]; // [2, 4]
  continuous?: boolean; // 'Thường xuyên'
  periods?: { startDate: string; endDate: string }[]; // when not derivable from quarters and start/end
  source?: FactSource;
}

export interface SeedParticipant {
  role: ParticipantRole;
  agency: string; // agency key
  note?: string; // the part of the activity this agency leads, when the text splits it
  source?: FactSource; // INFERRED when the role comes from elsewhere (e.g. 'Tổ chức thực hiện'), not the activity itself
}

export interface SeedActivity {
  label: string; // as numbered in the text: '7', '7.a'; for unnumbered bullets '<parent>.<n>'
  title: string;
  description?: string; // the content ('Nội dung'), paragraphs joined with '\n'
  category: ActivityCategory;
  schedule?: SeedSchedule;
  participants?: SeedParticipant[];
  location?: string;
  confidential?: boolean;
  citedDocuments?: string[]; // legal document keys mentioned in this activity
  children?: SeedActivity[];
}

export type BudgetSource = 'LOCAL_BUDGET' | 'CENTRAL_SUPPORT' | 'SOCIALIZED' | 'OTHER_LEGAL';

export interface SeedBudgetLine {
  fiscalYear: number;
  source: BudgetSource;
  description: string;
  activity?: string; // activity label
  section?: string; // report section label the spending line belongs to ('I.5')
  holder?: string; // agency key of who holds the money, when printed
  plannedAmount?: string; // whole đồng, digits only
  allocatedAmount?: string;
  spentAmount?: string;
}

export interface SeedReportingDeadline {
  label: string; // as printed: 'trước ngày 30/11/2021', '25/5'
  dueDate?: string; // ISO, for a one-off deadline
  recurringMonth?: number; // for a yearly deadline
  recurringDay?: number;
}

export interface SeedReportingRequirement {
  description: string;
  reporter?: string; // agency key of who reports, when one is named
  reportTo: string; // as printed: 'UBND huyện'
  reportToAgency?: string; // agency key
  reportToAgencies?: string[]; // every agency key when the line names several ('UBND huyện, UBND Tỉnh')
  via?: string; // as printed: 'Văn phòng HĐND&UBND'
  viaAgency?: string; // agency key
  deadlines: SeedReportingDeadline[];
}

export interface SeedSignature {
  authority: string; // 'TM. ỦY BAN NHÂN DÂN' (+ '\nKT. CHỦ TỊCH' when printed)
  position: string; // 'PHÓ CHỦ TỊCH'
  signerName?: string; // absent on drafts where no name is printed
}

export type RecipientPurpose = 'EXECUTION' | 'REPORT' | 'INFORMATION' | 'ARCHIVE';

export interface SeedRecipient {
  name: string; // as printed: 'Văn phòng UBND Tỉnh (báo cáo)'
  agency?: string; // agency key of the first catalogued agency the line names
  agencies?: string[]; // every agency key the line names ('TT/Tỉnh ủy, TT/HĐND tỉnh (B/c)')
  purpose: RecipientPurpose;
}

export interface SeedResponsibility {
  agency: string; // agency key
  sharedWith?: string[]; // further agency keys the same heading names
  duties: string[];
  source?: FactSource;
}

export interface SeedPlan {
  key: string;
  title: string;
  symbol?: string; // '65/KH-UBND'; absent for drafts
  status: 'DRAFT' | 'IN_REVIEW' | 'ISSUED' | 'CANCELLED';
  place: string;
  issuedOn?: string; // ISO; absent for drafts
  dateLabel: string; // the date line as printed: 'Bố Trạch, ngày 14 tháng 01 năm 2021'
  startYear: number;
  endYear?: number; // absent for an open-ended plan
  numberUnknown?: boolean; // in force, but the copy lost its number and date (see CONVENTIONS.md)
  demo?: boolean; // set by the loader for files whose source is 'demo: …'
  unit: string; // unit code
  issuingAgency: string; // agency key
  document?: string; // legal document key for this plan itself, when other texts cite it
  parentPlan?: string; // plan key
  preamble?: string; // opening paragraph(s)
  objectives: string[];
  requirements: string[];
  legalBases: { kind: LegalBasisKind; document: string }[];
  activities: SeedActivity[];
  budgetNote?: string;
  budgetLines: SeedBudgetLine[];
  responsibilities: SeedResponsibility[];
  reportingRequirements: SeedReportingRequirement[];
  closing?: string; // 'Trên đây là Kế hoạch …' paragraph
  signature?: SeedSignature;
  recipients: SeedRecipient[];
  internalNote?: string;
}

export interface SeedReportSection {
  label?: string; // 'I', '1', 'a'
  heading: string;
  body: string;
  children?: SeedReportSection[];
}

export interface SeedReport {
  key: string;
  title: string;
  symbol?: string;
  kind: 'PERIODIC' | 'THEMATIC' | 'AD_HOC';
  status: 'DRAFT' | 'SUBMITTED' | 'ACCEPTED' | 'RETURNED';
  dateLabel: string;
  issuedOn?: string;
  periodStart: string;
  periodEnd: string;
  unit: string;
  issuingAgency: string;
  respondsTo?: string; // legal document key
  subjects: string[]; // legal document keys the report is about
  citedDocuments: string[]; // every other legal document key cited in the body
  preamble?: string;
  sections: SeedReportSection[];
  results: { activity?: string; heading: string; outcome: string; status?: 'DONE' | 'PARTIAL' | 'NOT_DONE' | 'NONE' }[]; // no status when the report gives no verdict
  metrics: { name: string; value: number; unit: string }[];
  spendingTotal?: string; // whole đồng actually spent, when stated
  allocatedTotal?: string; // whole đồng stated as allocated ('đã bố trí'), which is not spent
  demo?: boolean;
  spendingLines: SeedBudgetLine[];
  nextTasks: string[];
  recommendations?: string;
  closing?: string;
  signature?: SeedSignature;
  recipients: SeedRecipient[];
}

/** One file per source document: what the document contains plus the catalogue entries it needs. */
export interface SeedDocumentFile {
  source: string; // file name in shared/seed-documents, or 'demo: …' for illustrative demo data
  agencies: SeedAgency[];
  legalDocuments: SeedLegalDocument[];
  plans: SeedPlan[]; // the document's own plan first; catalogued parent plans may follow
  reports: SeedReport[];
}

export interface SeedUnitsFile {
  units: SeedUnit[];
  agencies: SeedAgency[]; // agencies not tied to one source document (e.g. each unit's UBND)
}
