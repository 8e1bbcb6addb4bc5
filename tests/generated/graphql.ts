import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Ngày theo dạng ISO YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: any; output: any; }
  /** Số tiền nguyên đồng, dạng chuỗi chữ số (ví dụ "54000000"). Whole đồng as a digit string. */
  Money: { input: string; output: string; }
  /** Tệp gửi kèm theo đặc tả GraphQL multipart request (trường `operations`, `map` và các tệp). */
  Upload: { input: any; output: any; }
};

/** Nội dung, nhiệm vụ của kế hoạch. */
export type Activity = {
  __typename?: 'Activity';
  /** Dòng kinh phí; chỉ trong phạm vi đơn vị sở hữu. */
  budgetLines?: Maybe<Array<BudgetLine>>;
  category: ActivityCategory;
  children: Array<Activity>;
  /** Văn bản được nêu trong nội dung này. */
  citedDocuments: Array<LegalDocument>;
  /** Mật: chỉ người trong phạm vi đơn vị được xem. */
  confidential: Scalars['Boolean']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Số thứ tự như trong văn bản: "7", "7.a". */
  label: Scalars['String']['output'];
  location?: Maybe<Scalars['String']['output']>;
  parent?: Maybe<Activity>;
  parentId?: Maybe<Scalars['ID']['output']>;
  participants: Array<ActivityParticipant>;
  plan: Plan;
  planId: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  /** Tiến độ, phần trăm 0–100. */
  progress: Scalars['Int']['output'];
  schedule: Schedule;
  status: ActivityStatus;
  title: Scalars['String']['output'];
  /** Phiên bản; gửi lại khi sửa hoặc xóa để không ghi đè thay đổi của người khác. */
  version?: Maybe<Scalars['Int']['output']>;
};

/** Nhóm nhiệm vụ */
export type ActivityCategory =
  | 'COMMEMORATION'
  | 'COORDINATION'
  | 'COUNTER_DISINFORMATION'
  | 'DIGITAL'
  | 'EXCHANGE'
  | 'EXHIBITION'
  | 'GUIDANCE'
  | 'INVESTMENT_PROMOTION'
  | 'OTHER'
  | 'PRESS'
  | 'PROMOTION'
  | 'PROPAGANDA'
  | 'RESOURCES'
  | 'TRAINING';

export type ActivityFilter = {
  /** Nội dung của kế hoạch thuộc đơn vị này và các đơn vị trực thuộc. */
  administrativeUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** Có cơ quan này tham gia. */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  category?: InputMaybe<ActivityCategory>;
  confidential?: InputMaybe<Scalars['Boolean']['input']>;
  /** Nội dung có một khoảng thực hiện giao với khoảng này (hoặc thực hiện thường xuyên). */
  during?: InputMaybe<PeriodInput>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  planId?: InputMaybe<Scalars['ID']['input']>;
  q?: InputMaybe<Scalars['String']['input']>;
  /** Cùng với agencyId: vai trò của cơ quan. */
  role?: InputMaybe<ParticipantRole>;
  status?: InputMaybe<ActivityStatus>;
  /** Chỉ nội dung cấp cao nhất. */
  topLevel?: InputMaybe<Scalars['Boolean']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Một nội dung của kế hoạch; có `id` thì sửa nội dung đó, không có thì thêm mới. */
export type ActivityInput = {
  category?: InputMaybe<ActivityCategory>;
  /** Nội dung con (7.a, 7.b). */
  children?: InputMaybe<Array<ActivityInput>>;
  citedDocumentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  confidential?: InputMaybe<Scalars['Boolean']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  label: Scalars['String']['input'];
  location?: InputMaybe<Scalars['String']['input']>;
  participants?: InputMaybe<Array<ParticipantInput>>;
  progress?: InputMaybe<Scalars['Int']['input']>;
  schedule?: InputMaybe<ScheduleInput>;
  status?: InputMaybe<ActivityStatus>;
  title: Scalars['String']['input'];
};

/** Cơ quan chủ trì, phối hợp, tham mưu hoặc thực hiện. */
export type ActivityParticipant = {
  __typename?: 'ActivityParticipant';
  agency: Agency;
  agencyId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** Phần việc cơ quan này đảm nhận, khi văn bản tách riêng. */
  note?: Maybe<Scalars['String']['output']>;
  position: Scalars['Int']['output'];
  role: ParticipantRole;
  /** PRINTED khi văn bản ghi vai trò này ở chính nội dung; INFERRED khi người nhập suy ra (ví dụ từ phần tổ chức thực hiện). */
  source: FactSource;
};

/** Tiến độ nhiệm vụ */
export type ActivityStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'PLANNED';

/** Đơn vị hành chính: Trung ương, tỉnh, huyện, xã. */
export type AdministrativeUnit = {
  __typename?: 'AdministrativeUnit';
  children: Array<AdministrativeUnit>;
  /** Mã đơn vị hành chính (Tổng cục Thống kê); "VN" cho Trung ương. */
  code: Scalars['String']['output'];
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: UnitKind;
  level: UnitLevel;
  name: Scalars['String']['output'];
  parent?: Maybe<AdministrativeUnit>;
  parentId?: Maybe<Scalars['ID']['output']>;
  /** Các đơn vị mà đơn vị này kế thừa. */
  predecessors: Array<AdministrativeUnit>;
  /** Đơn vị kế thừa sau khi đơn vị này chấm dứt. */
  successor?: Maybe<AdministrativeUnit>;
  validFrom?: Maybe<Scalars['String']['output']>;
  /** Ngày cuối cùng đơn vị tồn tại (ví dụ 2025-06-30 khi bỏ cấp huyện). */
  validTo?: Maybe<Scalars['String']['output']>;
  /** Phiên bản; gửi lại khi sửa hoặc xóa để không ghi đè thay đổi của người khác. */
  version?: Maybe<Scalars['Int']['output']>;
};

export type AdministrativeUnitFilter = {
  code?: InputMaybe<Scalars['String']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<UnitKind>;
  level?: InputMaybe<UnitLevel>;
  /** Đơn vị cấp trên trực tiếp. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Tìm theo tên hoặc mã. */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Chỉ các đơn vị còn hiệu lực vào ngày này (YYYY-MM-DD). */
  validOn?: InputMaybe<Scalars['String']['input']>;
  /** Đơn vị này và mọi đơn vị trực thuộc. */
  withinUnitId?: InputMaybe<Scalars['ID']['input']>;
};

/** Cơ quan, đơn vị. */
export type Agency = {
  __typename?: 'Agency';
  administrativeUnit: AdministrativeUnit;
  administrativeUnitId: Scalars['ID']['output'];
  contactEmail?: Maybe<Scalars['String']['output']>;
  contactPhone?: Maybe<Scalars['String']['output']>;
  /** Chữ viết tắt tên cơ quan trong số ký hiệu văn bản (ví dụ "UBND"). */
  documentCode?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Khóa ổn định dùng khi nạp dữ liệu (ví dụ "quangtri.stttt"). */
  key?: Maybe<Scalars['String']['output']>;
  kind: AgencyKind;
  name: Scalars['String']['output'];
  parent?: Maybe<Agency>;
  parentId?: Maybe<Scalars['ID']['output']>;
  /** Mỗi loại văn bản một dãy số riêng (mặc định: mọi loại dùng chung một dãy). */
  registerPerKind?: Maybe<Scalars['Boolean']['output']>;
  shortName?: Maybe<Scalars['String']['output']>;
  /** Phiên bản; gửi lại khi sửa hoặc xóa để không ghi đè thay đổi của người khác. */
  version?: Maybe<Scalars['Int']['output']>;
};

export type AgencyFilter = {
  /** Cơ quan của đơn vị này và các đơn vị trực thuộc. */
  administrativeUnitId?: InputMaybe<Scalars['ID']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<AgencyKind>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Tìm theo tên hoặc tên viết tắt. */
  q?: InputMaybe<Scalars['String']['input']>;
};

/** Loại cơ quan */
export type AgencyKind =
  | 'BOARD'
  | 'COLLECTIVE'
  | 'DEPARTMENT'
  | 'DIVISION'
  | 'MASS_ORGANIZATION'
  | 'MEDIA'
  | 'MILITARY'
  | 'MINISTRY'
  | 'OFFICE'
  | 'OTHER'
  | 'PARTY'
  | 'PARTY_BOARD'
  | 'PEOPLES_COMMITTEE'
  | 'PEOPLES_COUNCIL'
  | 'POLICE'
  | 'PUBLIC_SERVICE';

/** Khóa truy cập của công cụ báo cáo, gắn với một đơn vị. */
export type ApiClient = {
  __typename?: 'ApiClient';
  administrativeUnit?: Maybe<AdministrativeUnit>;
  administrativeUnitId?: Maybe<Scalars['ID']['output']>;
  disabled?: Maybe<Scalars['Boolean']['output']>;
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  /** Khóa bí mật; chỉ hiện một lần khi tạo. */
  secret?: Maybe<Scalars['String']['output']>;
  /** Phiên bản; gửi lại khi sửa hoặc xóa để không ghi đè thay đổi của người khác. */
  version?: Maybe<Scalars['Int']['output']>;
};

export type ApiClientFilter = {
  administrativeUnitId?: InputMaybe<Scalars['ID']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  q?: InputMaybe<Scalars['String']['input']>;
};

/** Nhật ký thao tác: ai, lúc nào, thao tác gì trên bản ghi nào. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** Người dùng hoặc khóa truy cập đã thao tác. */
  actorId?: Maybe<Scalars['ID']['output']>;
  actorKind?: Maybe<PrincipalKind>;
  /** Thời điểm thao tác. */
  at?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Giá trị trước và sau của từng trường đã đổi. */
  changes?: Maybe<Array<FieldChange>>;
  /** Các trường đã gửi. */
  fields?: Maybe<Array<Scalars['String']['output']>>;
  id: Scalars['ID']['output'];
  /** Tên thao tác, ví dụ "updatePlan". */
  operation?: Maybe<Scalars['String']['output']>;
  targetId?: Maybe<Scalars['ID']['output']>;
  /** Loại bản ghi, ví dụ "Plan". */
  targetType?: Maybe<Scalars['String']['output']>;
};

export type AuditEntryFilter = {
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** Thao tác của người thuộc đơn vị này và các đơn vị trực thuộc. */
  administrativeUnitId?: InputMaybe<Scalars['ID']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  operation?: InputMaybe<Scalars['String']['input']>;
  targetId?: InputMaybe<Scalars['ID']['input']>;
  targetType?: InputMaybe<Scalars['String']['input']>;
};

/** Chiều tổng hợp kinh phí. AGENCY là cơ quan chủ trì nội dung (cơ quan ban hành khi dòng không gắn nội dung). REPORTING_PERIOD là kỳ của báo cáo nêu khoản chi (trống với dòng của kế hoạch). */
export type BudgetDimension =
  | 'ADMINISTRATIVE_UNIT'
  | 'AGENCY'
  | 'CATEGORY'
  | 'FISCAL_YEAR'
  | 'PLAN'
  | 'REPORTING_PERIOD'
  | 'SOURCE';

/** Dòng kinh phí: dự toán, được giao, đã chi (đồng). */
export type BudgetLine = {
  __typename?: 'BudgetLine';
  activity?: Maybe<Activity>;
  administrativeUnit?: Maybe<AdministrativeUnit>;
  /** Được giao. */
  allocatedAmount?: Maybe<Scalars['Money']['output']>;
  /** Dòng của dữ liệu minh họa; không tính vào số liệu tổng hợp trừ khi bộ lọc yêu cầu. */
  demo?: Maybe<Scalars['Boolean']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  fiscalYear?: Maybe<Scalars['Int']['output']>;
  /** Cơ quan giữ kinh phí. */
  holder?: Maybe<Agency>;
  id: Scalars['ID']['output'];
  plan?: Maybe<Plan>;
  planId?: Maybe<Scalars['ID']['output']>;
  /** Dự toán. */
  plannedAmount?: Maybe<Scalars['Money']['output']>;
  position?: Maybe<Scalars['Int']['output']>;
  report?: Maybe<Report>;
  /** Số mục của báo cáo mà khoản chi này thuộc về ("I.5"). */
  section?: Maybe<Scalars['String']['output']>;
  source?: Maybe<BudgetSource>;
  /** Đã chi. */
  spentAmount?: Maybe<Scalars['Money']['output']>;
  /** Phiên bản; gửi lại khi sửa hoặc xóa để không ghi đè thay đổi của người khác. */
  version?: Maybe<Scalars['Int']['output']>;
};

export type BudgetLineFilter = {
  activityId?: InputMaybe<Scalars['ID']['input']>;
  /** Dòng kinh phí của đơn vị này và các đơn vị trực thuộc. */
  administrativeUnitId?: InputMaybe<Scalars['ID']['input']>;
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Tính cả dữ liệu minh họa (demo); mặc định không. */
  includeDemo?: InputMaybe<Scalars['Boolean']['input']>;
  planId?: InputMaybe<Scalars['ID']['input']>;
  q?: InputMaybe<Scalars['String']['input']>;
  reportId?: InputMaybe<Scalars['ID']['input']>;
  source?: InputMaybe<BudgetSource>;
};

/** Nguồn kinh phí */
export type BudgetSource =
  | 'CENTRAL_SUPPORT'
  | 'LOCAL_BUDGET'
  | 'OTHER_LEGAL'
  | 'SOCIALIZED';

/** Tổng hợp kinh phí trong phạm vi người gọi được xem. */
export type BudgetSummary = {
  __typename?: 'BudgetSummary';
  /** Số dòng kinh phí ngoài phạm vi được xem (không tính vào tổng), chỉ đếm theo năm ngân sách và nguồn nếu có lọc; các bộ lọc khác không ảnh hưởng. */
  excludedLineCount: Scalars['Int']['output'];
  rows: Array<BudgetSummaryRow>;
  /** Tổng của mọi nhóm. */
  total: BudgetSummaryRow;
};

/** Một nhóm trong bảng tổng hợp kinh phí. */
export type BudgetSummaryRow = {
  __typename?: 'BudgetSummaryRow';
  /** Đơn vị (hoặc đơn vị cấp trên khi gộp theo cấp). */
  administrativeUnit?: Maybe<AdministrativeUnit>;
  /** Cơ quan chủ trì. */
  agency?: Maybe<Agency>;
  /** Tổng được giao. */
  allocatedAmount: Scalars['Money']['output'];
  category?: Maybe<ActivityCategory>;
  fiscalYear?: Maybe<Scalars['Int']['output']>;
  /** Số dòng kinh phí. */
  lineCount: Scalars['Int']['output'];
  plan?: Maybe<Plan>;
  /** Tổng dự toán. */
  plannedAmount: Scalars['Money']['output'];
  /** Dự toán ghi trong các kế hoạch (chỉ dòng của kế hoạch). */
  plannedInPlans: Scalars['Money']['output'];
  /** Kỳ báo cáo, dạng "YYYY-MM-DD/YYYY-MM-DD"; trống với dòng của kế hoạch. */
  reportingPeriod?: Maybe<Scalars['String']['output']>;
  source?: Maybe<BudgetSource>;
  /** Tổng đã chi. */
  spentAmount: Scalars['Money']['output'];
  /** Số đã chi do các báo cáo nêu (chỉ dòng của báo cáo). */
  spentInReports: Scalars['Money']['output'];
};

/** Loại văn bản */
export type DocumentType =
  | 'CIRCULAR'
  | 'CONCLUSION'
  | 'DECISION'
  | 'DECREE'
  | 'DIRECTIVE'
  | 'LAW'
  | 'OFFICIAL_LETTER'
  | 'OTHER'
  | 'PLAN'
  | 'PROGRAM'
  | 'REPORT'
  | 'RESOLUTION'
  | 'SCHEME'
  | 'STRATEGY';

/** Nguồn của một thông tin: in trong văn bản hay do người nhập suy ra */
export type FactSource =
  | 'INFERRED'
  | 'PRINTED';

/** Một trường đã đổi: giá trị trước và sau (dạng JSON). */
export type FieldChange = {
  __typename?: 'FieldChange';
  /** Giá trị sau, JSON; trống khi đã xóa. */
  after?: Maybe<Scalars['String']['output']>;
  /** Giá trị trước, JSON; trống khi chưa có. */
  before?: Maybe<Scalars['String']['output']>;
  /** Tên trường, ví dụ "title", "signature.signerName", "budgetLines". */
  field: Scalars['String']['output'];
};

/** Một lần thay đổi bản ghi: ai, lúc nào, đổi những gì. */
export type HistoryEntry = {
  __typename?: 'HistoryEntry';
  actorKind: PrincipalKind;
  /** Tên người thao tác; chỉ người dùng đã đăng nhập được xem. */
  actorName?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTimeISO']['output'];
  /** Các trường đã đổi mà người gọi được xem. */
  changes: Array<FieldChange>;
  /** Thao tác, ví dụ "updatePlan". */
  operation: Scalars['String']['output'];
};

/** Những gì đọc được từ tệp, như in, để người dùng xem lại trước khi lưu. */
export type ImportPreview = {
  __typename?: 'ImportPreview';
  activities: Array<ImportedActivity>;
  budgetNote?: Maybe<Scalars['String']['output']>;
  closing?: Maybe<Scalars['String']['output']>;
  dateLabel?: Maybe<Scalars['String']['output']>;
  draft: Scalars['Boolean']['output'];
  kind: Scalars['String']['output'];
  legalBases: Array<ImportedCitation>;
  nextTasks: Array<Scalars['String']['output']>;
  objectives: Array<Scalars['String']['output']>;
  place?: Maybe<Scalars['String']['output']>;
  preamble?: Maybe<Scalars['String']['output']>;
  recipients: Array<ImportedRecipient>;
  requirements: Array<Scalars['String']['output']>;
  responsibilities: Array<ImportedResponsibility>;
  sections: Array<ImportedSection>;
  signature?: Maybe<ImportedSignature>;
  symbol?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

/** Kết quả nhập một tệp: bản dự thảo đã tạo và những gì cần người dùng xử lý. */
export type ImportResult = {
  __typename?: 'ImportResult';
  /** Văn bản được dẫn chưa có trong danh mục, đã được thêm (khi lưu). */
  createdDocuments: Array<LegalDocument>;
  /** true khi chỉ xem trước: không có gì được lưu. */
  dryRun: Scalars['Boolean']['output'];
  /** PLAN hoặc REPORT. */
  kind: Scalars['String']['output'];
  plan?: Maybe<Plan>;
  planId?: Maybe<Scalars['ID']['output']>;
  /** Những gì đọc được từ tệp, như in. */
  preview: ImportPreview;
  report?: Maybe<Report>;
  reportId?: Maybe<Scalars['ID']['output']>;
  /** Tên cơ quan trong văn bản chưa khớp danh mục; cần chọn hoặc thêm cơ quan. */
  unmatchedAgencies: Array<Scalars['String']['output']>;
  unplaced: Array<UnplacedText>;
};

export type ImportedActivity = {
  __typename?: 'ImportedActivity';
  children: Array<ImportedActivity>;
  description?: Maybe<Scalars['String']['output']>;
  label: Scalars['String']['output'];
  participants: Array<ImportedParticipant>;
  schedule?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type ImportedCitation = {
  __typename?: 'ImportedCitation';
  /** BASIS, IMPLEMENTS hoặc REFERENCES. */
  kind: Scalars['String']['output'];
  printed: Scalars['String']['output'];
  symbol?: Maybe<Scalars['String']['output']>;
};

export type ImportedParticipant = {
  __typename?: 'ImportedParticipant';
  /** Cơ quan như in (có thể gồm nhiều cơ quan). */
  name: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  role: ParticipantRole;
};

export type ImportedRecipient = {
  __typename?: 'ImportedRecipient';
  name: Scalars['String']['output'];
  purpose: RecipientPurpose;
};

export type ImportedResponsibility = {
  __typename?: 'ImportedResponsibility';
  duties: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
};

export type ImportedSection = {
  __typename?: 'ImportedSection';
  body: Scalars['String']['output'];
  children: Array<ImportedSection>;
  heading: Scalars['String']['output'];
  label?: Maybe<Scalars['String']['output']>;
};

export type ImportedSignature = {
  __typename?: 'ImportedSignature';
  authority: Scalars['String']['output'];
  position: Scalars['String']['output'];
  signerName?: Maybe<Scalars['String']['output']>;
};

export type LegalBasisInput = {
  documentId: Scalars['ID']['input'];
  kind: LegalBasisKind;
};

/** Quan hệ với văn bản: căn cứ, thực hiện, dẫn chiếu, sửa đổi */
export type LegalBasisKind =
  | 'AMENDS'
  | 'BASIS'
  | 'IMPLEMENTS'
  | 'REFERENCES';

/** Văn bản: nghị định, thông tư, quyết định, kế hoạch, công văn… */
export type LegalDocument = {
  __typename?: 'LegalDocument';
  /** Các kế hoạch căn cứ, thực hiện hoặc dẫn chiếu văn bản này. */
  citedBy: Array<Plan>;
  /** Các báo cáo trả lời, báo cáo về hoặc dẫn văn bản này (chỉ báo cáo người gọi được xem). */
  citedByReports: Array<Report>;
  /** Các cơ quan cùng ban hành (văn bản liên tịch, chương trình phối hợp). */
  coIssuers: Array<Agency>;
  documentType: DocumentType;
  id: Scalars['ID']['output'];
  issuedOn?: Maybe<Scalars['String']['output']>;
  issuer?: Maybe<Agency>;
  /** Chữ viết tắt cơ quan ban hành (UBND, CP, TW…). */
  issuerCode?: Maybe<Scalars['String']['output']>;
  issuerId?: Maybe<Scalars['ID']['output']>;
  issuerName: Scalars['String']['output'];
  /** INFERRED khi trích dẫn không ghi cơ quan ban hành và người nhập đã bổ sung. */
  issuerSource: FactSource;
  /** Khóa ổn định dùng khi nạp dữ liệu. */
  key?: Maybe<Scalars['String']['output']>;
  number?: Maybe<Scalars['String']['output']>;
  /** Số, ký hiệu như in trên văn bản ("25 - CT/TW", "211/KH-TU"), khi khác dạng chuẩn. */
  printedSymbol?: Maybe<Scalars['String']['output']>;
  /** Số, ký hiệu chuẩn hóa, ví dụ "72/2015/NĐ-CP", "211-KH/TU"; dùng để tìm kiếm và đối chiếu. */
  symbol?: Maybe<Scalars['String']['output']>;
  /** Ghi chú khi văn bản dẫn in sai (ví dụ năm trong số ký hiệu khác năm ban hành). */
  symbolNote?: Maybe<Scalars['String']['output']>;
  /** Năm trong số ký hiệu, nếu có. */
  symbolYear?: Maybe<Scalars['Int']['output']>;
  /** Trích yếu. */
  title: Scalars['String']['output'];
  /** Chữ viết tắt loại văn bản (KH, NĐ, QĐ, KL…). */
  typeCode?: Maybe<Scalars['String']['output']>;
  /** Phiên bản; gửi lại khi sửa hoặc xóa để không ghi đè thay đổi của người khác. */
  version?: Maybe<Scalars['Int']['output']>;
};

export type LegalDocumentFilter = {
  /** Văn bản được kế hoạch này dẫn. */
  citedByPlanId?: InputMaybe<Scalars['ID']['input']>;
  documentType?: InputMaybe<DocumentType>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  issuerId?: InputMaybe<Scalars['ID']['input']>;
  /** Tìm theo số ký hiệu, trích yếu hoặc cơ quan ban hành. */
  q?: InputMaybe<Scalars['String']['input']>;
  symbol?: InputMaybe<Scalars['String']['input']>;
  /** Năm ban hành. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Một văn bản được dẫn trong đoạn văn: như in, dạng chuẩn và văn bản khớp trong danh mục. */
export type LegalReference = {
  __typename?: 'LegalReference';
  /** Văn bản trong danh mục khớp với trích dẫn. */
  document?: Maybe<LegalDocument>;
  documentType: DocumentType;
  /** Ngày ban hành như in (ISO), kể cả khi bất thường. */
  issuedOn?: Maybe<Scalars['String']['output']>;
  /** Cơ quan ban hành như in. */
  issuerName?: Maybe<Scalars['String']['output']>;
  /** Tên văn bản không có số ký hiệu ("Luật Ngân sách nhà nước"). */
  name?: Maybe<Scalars['String']['output']>;
  /** Trích dẫn như in (khoảng trắng gộp lại). */
  printed: Scalars['String']['output'];
  /** Số ký hiệu như in. */
  printedSymbol?: Maybe<Scalars['String']['output']>;
  /** Số ký hiệu chuẩn hóa ("57-KL/TW", "72/2015/NĐ-CP"). */
  symbol?: Maybe<Scalars['String']['output']>;
  warnings: Array<LegalReferenceWarning>;
};

/** Điều bất thường trong một trích dẫn văn bản. */
export type LegalReferenceWarning = {
  __typename?: 'LegalReferenceWarning';
  /** DATED_BEFORE_SYMBOL_YEAR, DATED_AFTER_SYMBOL_YEAR, NO_YEAR, SYMBOL_REPAIRED, NO_SYMBOL, AMBIGUOUS. */
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Số bản ghi khớp bộ lọc. */
export type ListMetadata = {
  __typename?: 'ListMetadata';
  count: Scalars['Int']['output'];
};

/** Kết quả đăng nhập: mã phiên (Bearer) và người dùng. */
export type LoginResult = {
  __typename?: 'LoginResult';
  token: Scalars['String']['output'];
  user: User;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Hủy kế hoạch đã ban hành, kèm lý do (ISSUED → CANCELLED). */
  cancelPlan: Plan;
  /** Người đang đăng nhập đổi mật khẩu của mình; cần mật khẩu hiện tại. */
  changeMyPassword: Scalars['Boolean']['output'];
  /** Tạo dự thảo báo cáo tổng hợp từ các báo cáo đã được chấp nhận của đơn vị trực thuộc trong kỳ. */
  consolidateReports: Report;
  /** Tạo dự thảo kế hoạch năm sau từ kế hoạch này ("Tạo kế hoạch năm sau"). */
  copyPlan: Plan;
  createActivity: Activity;
  createAdministrativeUnit: AdministrativeUnit;
  createAgency: Agency;
  /** Tạo khóa cho công cụ báo cáo; khóa bí mật chỉ trả về một lần, trong kết quả này. */
  createApiClient: ApiClient;
  createBudgetLine: BudgetLine;
  createLegalDocument: LegalDocument;
  /** Tạo kế hoạch cùng các nội dung, cơ quan tham gia và dòng kinh phí trong một lần. */
  createPlan: Plan;
  createReport: Report;
  createUser: User;
  deleteActivity: Activity;
  deleteAdministrativeUnit: AdministrativeUnit;
  deleteAgency: Agency;
  /** Thu hồi (xóa) khóa truy cập. */
  deleteApiClient: ApiClient;
  deleteBudgetLine: BudgetLine;
  deleteLegalDocument: LegalDocument;
  deletePlan: Plan;
  deleteReport: Report;
  deleteUser: User;
  /** Nhập kế hoạch hoặc báo cáo từ tệp .docx/.txt thành bản dự thảo của đơn vị mình. */
  importDocument: ImportResult;
  /** Ban hành: lấy số tiếp theo trong sổ của cơ quan ban hành, ghi ngày (giờ Việt Nam) và người ký (IN_REVIEW → ISSUED). */
  issuePlan: Plan;
  /** Đăng nhập; trả về mã phiên dùng trong tiêu đề Authorization: Bearer <mã>. */
  login: LoginResult;
  /** Tạo (hoặc đổi) đường dẫn lịch riêng /calendar/<mã>.ics của người dùng; đường dẫn cũ hết hiệu lực. Chỉ hiện một lần. */
  renewCalendarFeed: Scalars['String']['output'];
  /** Trả lại dự thảo kèm ý kiến (IN_REVIEW → DRAFT). */
  returnPlan: Plan;
  /** Gửi dự thảo để lãnh đạo duyệt (DRAFT → IN_REVIEW). */
  submitPlan: Plan;
  /** Mở khóa đăng nhập của một tài khoản bị khóa vì nhập sai mật khẩu nhiều lần. */
  unlockSignIn: Scalars['Boolean']['output'];
  updateActivity: Activity;
  updateAdministrativeUnit: AdministrativeUnit;
  updateAgency: Agency;
  updateBudgetLine: BudgetLine;
  updateLegalDocument: LegalDocument;
  /** Sửa kế hoạch; danh sách nào được gửi thì thay thế danh sách cũ. */
  updatePlan: Plan;
  updateReport: Report;
  updateUser: User;
};


export type MutationCancelPlanArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationChangeMyPasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationConsolidateReportsArgs = {
  periodEnd: Scalars['Date']['input'];
  periodStart: Scalars['Date']['input'];
  unitId: Scalars['ID']['input'];
};


export type MutationCopyPlanArgs = {
  id: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type MutationCreateActivityArgs = {
  category?: InputMaybe<ActivityCategory>;
  citedDocumentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  confidential?: InputMaybe<Scalars['Boolean']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  label?: InputMaybe<Scalars['String']['input']>;
  location?: InputMaybe<Scalars['String']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  participants?: InputMaybe<Array<ParticipantInput>>;
  planId?: InputMaybe<Scalars['ID']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
  progress?: InputMaybe<Scalars['Int']['input']>;
  schedule?: InputMaybe<ScheduleInput>;
  status?: InputMaybe<ActivityStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateAdministrativeUnitArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  fullName?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<UnitKind>;
  level?: InputMaybe<UnitLevel>;
  name?: InputMaybe<Scalars['String']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  successorId?: InputMaybe<Scalars['ID']['input']>;
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  validTo?: InputMaybe<Scalars['Date']['input']>;
};


export type MutationCreateAgencyArgs = {
  administrativeUnitId?: InputMaybe<Scalars['ID']['input']>;
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  documentCode?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<AgencyKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  registerPerKind?: InputMaybe<Scalars['Boolean']['input']>;
  shortName?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateApiClientArgs = {
  administrativeUnitId?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateBudgetLineArgs = {
  activityId?: InputMaybe<Scalars['ID']['input']>;
  allocatedAmount?: InputMaybe<Scalars['Money']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
  planId?: InputMaybe<Scalars['ID']['input']>;
  plannedAmount?: InputMaybe<Scalars['Money']['input']>;
  reportId?: InputMaybe<Scalars['ID']['input']>;
  source?: InputMaybe<BudgetSource>;
  spentAmount?: InputMaybe<Scalars['Money']['input']>;
};


export type MutationCreateLegalDocumentArgs = {
  documentType?: InputMaybe<DocumentType>;
  issuedOn?: InputMaybe<Scalars['Date']['input']>;
  issuerId?: InputMaybe<Scalars['ID']['input']>;
  issuerName?: InputMaybe<Scalars['String']['input']>;
  symbol?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreatePlanArgs = {
  activities?: InputMaybe<Array<ActivityInput>>;
  administrativeUnitId?: InputMaybe<Scalars['ID']['input']>;
  budgetLines?: InputMaybe<Array<PlanBudgetLineInput>>;
  budgetNote?: InputMaybe<Scalars['String']['input']>;
  closing?: InputMaybe<Scalars['String']['input']>;
  dateLabel?: InputMaybe<Scalars['String']['input']>;
  defaultReportDue?: InputMaybe<Scalars['String']['input']>;
  documentId?: InputMaybe<Scalars['ID']['input']>;
  endYear?: InputMaybe<Scalars['Int']['input']>;
  internalNote?: InputMaybe<Scalars['String']['input']>;
  issuedOn?: InputMaybe<Scalars['Date']['input']>;
  issuingAgencyId?: InputMaybe<Scalars['ID']['input']>;
  legalBases?: InputMaybe<Array<LegalBasisInput>>;
  numberUnknown?: InputMaybe<Scalars['Boolean']['input']>;
  objectives?: InputMaybe<Array<Scalars['String']['input']>>;
  parentPlanId?: InputMaybe<Scalars['ID']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  preamble?: InputMaybe<Scalars['String']['input']>;
  recipients?: InputMaybe<Array<RecipientInput>>;
  reportingRequirements?: InputMaybe<Array<ReportingRequirementInput>>;
  requirements?: InputMaybe<Array<Scalars['String']['input']>>;
  responsibilities?: InputMaybe<Array<ResponsibilityInput>>;
  signature?: InputMaybe<SignatureInput>;
  startYear?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<PlanStatus>;
  symbol?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateReportArgs = {
  administrativeUnitId?: InputMaybe<Scalars['ID']['input']>;
  allocated?: InputMaybe<Scalars['Money']['input']>;
  citedDocumentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  closing?: InputMaybe<Scalars['String']['input']>;
  dateLabel?: InputMaybe<Scalars['String']['input']>;
  issuedOn?: InputMaybe<Scalars['Date']['input']>;
  issuingAgencyId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<ReportKind>;
  metrics?: InputMaybe<Array<ReportMetricInput>>;
  nextTasks?: InputMaybe<Array<Scalars['String']['input']>>;
  obligationId?: InputMaybe<Scalars['ID']['input']>;
  periodEnd?: InputMaybe<Scalars['Date']['input']>;
  periodStart?: InputMaybe<Scalars['Date']['input']>;
  preamble?: InputMaybe<Scalars['String']['input']>;
  recipients?: InputMaybe<Array<RecipientInput>>;
  recommendations?: InputMaybe<Scalars['String']['input']>;
  respondsToId?: InputMaybe<Scalars['ID']['input']>;
  results?: InputMaybe<Array<ReportResultInput>>;
  sections?: InputMaybe<Array<ReportSectionInput>>;
  signature?: InputMaybe<SignatureInput>;
  spending?: InputMaybe<Scalars['Money']['input']>;
  spendingLines?: InputMaybe<Array<PlanBudgetLineInput>>;
  status?: InputMaybe<ReportStatus>;
  subjectIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  symbol?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateUserArgs = {
  administrativeUnitId?: InputMaybe<Scalars['ID']['input']>;
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  password?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<Role>>;
  username?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteActivityArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationDeleteAdministrativeUnitArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationDeleteAgencyArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationDeleteApiClientArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationDeleteBudgetLineArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationDeleteLegalDocumentArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationDeletePlanArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationDeleteReportArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationDeleteUserArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationImportDocumentArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  file: Scalars['Upload']['input'];
};


export type MutationIssuePlanArgs = {
  id: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationReturnPlanArgs = {
  comment: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSubmitPlanArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUnlockSignInArgs = {
  username: Scalars['String']['input'];
};


export type MutationUpdateActivityArgs = {
  category?: InputMaybe<ActivityCategory>;
  citedDocumentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  confidential?: InputMaybe<Scalars['Boolean']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  label?: InputMaybe<Scalars['String']['input']>;
  location?: InputMaybe<Scalars['String']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  participants?: InputMaybe<Array<ParticipantInput>>;
  planId?: InputMaybe<Scalars['ID']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
  progress?: InputMaybe<Scalars['Int']['input']>;
  schedule?: InputMaybe<ScheduleInput>;
  status?: InputMaybe<ActivityStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationUpdateAdministrativeUnitArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  fullName?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<UnitKind>;
  level?: InputMaybe<UnitLevel>;
  name?: InputMaybe<Scalars['String']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  successorId?: InputMaybe<Scalars['ID']['input']>;
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  validTo?: InputMaybe<Scalars['Date']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationUpdateAgencyArgs = {
  administrativeUnitId?: InputMaybe<Scalars['ID']['input']>;
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  documentCode?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<AgencyKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  registerPerKind?: InputMaybe<Scalars['Boolean']['input']>;
  shortName?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationUpdateBudgetLineArgs = {
  activityId?: InputMaybe<Scalars['ID']['input']>;
  allocatedAmount?: InputMaybe<Scalars['Money']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  planId?: InputMaybe<Scalars['ID']['input']>;
  plannedAmount?: InputMaybe<Scalars['Money']['input']>;
  reportId?: InputMaybe<Scalars['ID']['input']>;
  source?: InputMaybe<BudgetSource>;
  spentAmount?: InputMaybe<Scalars['Money']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationUpdateLegalDocumentArgs = {
  documentType?: InputMaybe<DocumentType>;
  id: Scalars['ID']['input'];
  issuedOn?: InputMaybe<Scalars['Date']['input']>;
  issuerId?: InputMaybe<Scalars['ID']['input']>;
  issuerName?: InputMaybe<Scalars['String']['input']>;
  symbol?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationUpdatePlanArgs = {
  activities?: InputMaybe<Array<ActivityInput>>;
  administrativeUnitId?: InputMaybe<Scalars['ID']['input']>;
  budgetLines?: InputMaybe<Array<PlanBudgetLineInput>>;
  budgetNote?: InputMaybe<Scalars['String']['input']>;
  closing?: InputMaybe<Scalars['String']['input']>;
  dateLabel?: InputMaybe<Scalars['String']['input']>;
  defaultReportDue?: InputMaybe<Scalars['String']['input']>;
  documentId?: InputMaybe<Scalars['ID']['input']>;
  endYear?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  internalNote?: InputMaybe<Scalars['String']['input']>;
  issuedOn?: InputMaybe<Scalars['Date']['input']>;
  issuingAgencyId?: InputMaybe<Scalars['ID']['input']>;
  legalBases?: InputMaybe<Array<LegalBasisInput>>;
  numberUnknown?: InputMaybe<Scalars['Boolean']['input']>;
  objectives?: InputMaybe<Array<Scalars['String']['input']>>;
  parentPlanId?: InputMaybe<Scalars['ID']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  preamble?: InputMaybe<Scalars['String']['input']>;
  recipients?: InputMaybe<Array<RecipientInput>>;
  reportingRequirements?: InputMaybe<Array<ReportingRequirementInput>>;
  requirements?: InputMaybe<Array<Scalars['String']['input']>>;
  responsibilities?: InputMaybe<Array<ResponsibilityInput>>;
  signature?: InputMaybe<SignatureInput>;
  startYear?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<PlanStatus>;
  symbol?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationUpdateReportArgs = {
  administrativeUnitId?: InputMaybe<Scalars['ID']['input']>;
  allocated?: InputMaybe<Scalars['Money']['input']>;
  citedDocumentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  closing?: InputMaybe<Scalars['String']['input']>;
  dateLabel?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  issuedOn?: InputMaybe<Scalars['Date']['input']>;
  issuingAgencyId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<ReportKind>;
  metrics?: InputMaybe<Array<ReportMetricInput>>;
  nextTasks?: InputMaybe<Array<Scalars['String']['input']>>;
  obligationId?: InputMaybe<Scalars['ID']['input']>;
  periodEnd?: InputMaybe<Scalars['Date']['input']>;
  periodStart?: InputMaybe<Scalars['Date']['input']>;
  preamble?: InputMaybe<Scalars['String']['input']>;
  recipients?: InputMaybe<Array<RecipientInput>>;
  recommendations?: InputMaybe<Scalars['String']['input']>;
  respondsToId?: InputMaybe<Scalars['ID']['input']>;
  results?: InputMaybe<Array<ReportResultInput>>;
  sections?: InputMaybe<Array<ReportSectionInput>>;
  signature?: InputMaybe<SignatureInput>;
  spending?: InputMaybe<Scalars['Money']['input']>;
  spendingLines?: InputMaybe<Array<PlanBudgetLineInput>>;
  status?: InputMaybe<ReportStatus>;
  subjectIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  symbol?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationUpdateUserArgs = {
  administrativeUnitId?: InputMaybe<Scalars['ID']['input']>;
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  password?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<Role>>;
  username?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** Trạng thái nghĩa vụ báo cáo: chưa nộp, đã nộp, đã chấp nhận, bị trả lại, quá hạn (chưa nộp), nộp muộn. */
export type ObligationStatus =
  | 'ACCEPTED'
  | 'LATE'
  | 'OPEN'
  | 'OVERDUE'
  | 'RETURNED'
  | 'SUBMITTED';

export type ParticipantInput = {
  agencyId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  role: ParticipantRole;
  /** Mặc định PRINTED. */
  source?: InputMaybe<FactSource>;
};

/** Vai trò: chủ trì, phối hợp, tham mưu, thực hiện */
export type ParticipantRole =
  | 'ADVISORY'
  | 'COORDINATING'
  | 'IMPLEMENTING'
  | 'LEAD';

/** Một khoảng thời gian liền. */
export type Period = {
  __typename?: 'Period';
  endDate: Scalars['String']['output'];
  startDate: Scalars['String']['output'];
};

export type PeriodInput = {
  endDate: Scalars['Date']['input'];
  startDate: Scalars['Date']['input'];
};

/** Quyền của người gọi, để giao diện chỉ hiện những gì dùng được. */
export type Permissions = {
  __typename?: 'Permissions';
  administrativeUnit?: Maybe<AdministrativeUnit>;
  principal: PrincipalKind;
  resources: Array<ResourcePermission>;
  roles: Array<Role>;
};

/** Kế hoạch công tác thông tin đối ngoại. */
export type Plan = {
  __typename?: 'Plan';
  /** Mọi nội dung theo thứ tự văn bản; nội dung con có `parent`. */
  activities: Array<Activity>;
  administrativeUnit: AdministrativeUnit;
  administrativeUnitId: Scalars['ID']['output'];
  /** Các kế hoạch đã ban hành sửa đổi kế hoạch này. */
  amendedBy: Array<Plan>;
  /** Ví dụ "Đã được sửa đổi bởi Kế hoạch số 12/KH-UBND ngày 03/04/2022". */
  amendmentNote?: Maybe<Scalars['String']['output']>;
  /** Dòng kinh phí; chỉ trong phạm vi đơn vị sở hữu. */
  budgetLines?: Maybe<Array<BudgetLine>>;
  /** Mục kinh phí như ghi trong văn bản. */
  budgetNote?: Maybe<Scalars['String']['output']>;
  /** Tổng dự toán các dòng kinh phí; trống khi chưa có số liệu. Công khai với kế hoạch đã ban hành. */
  budgetTotal?: Maybe<Scalars['Money']['output']>;
  /** Lý do hủy kế hoạch đã ban hành. */
  cancelReason?: Maybe<Scalars['String']['output']>;
  childPlans: Array<Plan>;
  /** Đoạn kết ("Trên đây là Kế hoạch…"). */
  closing?: Maybe<Scalars['String']['output']>;
  /** Dòng địa danh, ngày tháng như in trên văn bản. */
  dateLabel?: Maybe<Scalars['String']['output']>;
  /** Hạn mặc định (MM-DD) cho báo cáo "định kỳ hằng năm" không ghi ngày; trống là 12-15. */
  defaultReportDue?: Maybe<Scalars['String']['output']>;
  /** Dữ liệu minh họa; không tính vào số liệu tổng hợp trừ khi bộ lọc yêu cầu. */
  demo: Scalars['Boolean']['output'];
  /** Mục của chính kế hoạch này trong danh mục văn bản. */
  document?: Maybe<LegalDocument>;
  /** Trống khi kế hoạch không có năm kết thúc (nhiệm vụ hằng năm). */
  endYear?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** Ghi chú nội bộ. */
  internalNote?: Maybe<Scalars['String']['output']>;
  issuedOn?: Maybe<Scalars['String']['output']>;
  issuingAgency: Agency;
  issuingAgencyId: Scalars['ID']['output'];
  legalBases: Array<PlanLegalBasis>;
  /** Kế hoạch đang có hiệu lực nhưng bản lưu mất số và ngày ban hành. */
  numberUnknown: Scalars['Boolean']['output'];
  /** Mục đích, mục tiêu. */
  objectives: Array<Scalars['String']['output']>;
  /** Kế hoạch cấp trên mà kế hoạch này thực hiện. */
  parentPlan?: Maybe<Plan>;
  parentPlanId?: Maybe<Scalars['ID']['output']>;
  /** Địa danh ghi ở đầu văn bản. */
  place?: Maybe<Scalars['String']['output']>;
  /** Đoạn mở đầu. */
  preamble?: Maybe<Scalars['String']['output']>;
  recipients: Array<Recipient>;
  /** Số lấy từ sổ đăng ký văn bản của cơ quan ban hành khi ban hành. */
  registerNumber?: Maybe<Scalars['Int']['output']>;
  reportingRequirements: Array<ReportingRequirement>;
  /** Yêu cầu. */
  requirements: Array<Scalars['String']['output']>;
  responsibilities: Array<Responsibility>;
  /** Ý kiến của người duyệt khi trả lại dự thảo. */
  reviewComment?: Maybe<Scalars['String']['output']>;
  signature?: Maybe<Signature>;
  startYear: Scalars['Int']['output'];
  status: PlanStatus;
  /** Số, ký hiệu (ví dụ "65/KH-UBND"); trống khi còn là dự thảo. */
  symbol?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** Phiên bản; gửi lại khi sửa hoặc xóa để không ghi đè thay đổi của người khác. */
  version?: Maybe<Scalars['Int']['output']>;
};

export type PlanBudgetLineInput = {
  /** Số thứ tự của nội dung mà dòng kinh phí này thuộc về. */
  activityLabel?: InputMaybe<Scalars['String']['input']>;
  allocatedAmount?: InputMaybe<Scalars['Money']['input']>;
  description: Scalars['String']['input'];
  fiscalYear: Scalars['Int']['input'];
  /** Cơ quan giữ kinh phí. */
  holderId?: InputMaybe<Scalars['ID']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  plannedAmount?: InputMaybe<Scalars['Money']['input']>;
  /** Số mục của báo cáo mà khoản chi thuộc về. */
  section?: InputMaybe<Scalars['String']['input']>;
  source: BudgetSource;
  spentAmount?: InputMaybe<Scalars['Money']['input']>;
};

export type PlanFilter = {
  /** Kế hoạch của đơn vị này và mọi đơn vị trực thuộc. */
  administrativeUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** Cơ quan ban hành, tham gia nội dung hoặc được giao nhiệm vụ. */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Có ít nhất một nội dung thuộc nhóm này. */
  category?: InputMaybe<ActivityCategory>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  issuingAgencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Kế hoạch dẫn văn bản này. */
  legalDocumentId?: InputMaybe<Scalars['ID']['input']>;
  parentPlanId?: InputMaybe<Scalars['ID']['input']>;
  /** Tìm trong tên, số ký hiệu, mục tiêu và nội dung. */
  q?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<PlanStatus>;
  /** Kế hoạch có hiệu lực trong năm này. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Văn bản căn cứ, thực hiện hoặc được dẫn chiếu trong kế hoạch. */
export type PlanLegalBasis = {
  __typename?: 'PlanLegalBasis';
  document: LegalDocument;
  id: Scalars['ID']['output'];
  kind: LegalBasisKind;
  plan: Plan;
  position: Scalars['Int']['output'];
};

/** Trạng thái kế hoạch */
export type PlanStatus =
  | 'CANCELLED'
  | 'DRAFT'
  | 'IN_REVIEW'
  | 'ISSUED';

/** Loại người gọi: công chúng, người dùng, công cụ báo cáo */
export type PrincipalKind =
  | 'PUBLIC'
  | 'REPORTING_CLIENT'
  | 'USER';

export type Query = {
  __typename?: 'Query';
  /** Một nội dung của kế hoạch. */
  Activity?: Maybe<Activity>;
  /** Một đơn vị hành chính. */
  AdministrativeUnit?: Maybe<AdministrativeUnit>;
  /** Một cơ quan. */
  Agency?: Maybe<Agency>;
  /** Một khóa truy cập. */
  ApiClient?: Maybe<ApiClient>;
  /** Một mục nhật ký. */
  AuditEntry?: Maybe<AuditEntry>;
  /** Một dòng kinh phí. */
  BudgetLine?: Maybe<BudgetLine>;
  /** Một văn bản. */
  LegalDocument?: Maybe<LegalDocument>;
  /** Một kế hoạch. */
  Plan?: Maybe<Plan>;
  /** Một báo cáo. */
  Report?: Maybe<Report>;
  /** Một nghĩa vụ báo cáo. */
  ReportingObligation?: Maybe<ReportingObligation>;
  /** Một người dùng. */
  User?: Maybe<User>;
  _allActivitiesMeta: ListMetadata;
  _allAdministrativeUnitsMeta: ListMetadata;
  _allAgenciesMeta: ListMetadata;
  _allApiClientsMeta: ListMetadata;
  _allAuditEntriesMeta: ListMetadata;
  _allBudgetLinesMeta: ListMetadata;
  _allLegalDocumentsMeta: ListMetadata;
  _allPlansMeta: ListMetadata;
  _allReportingObligationsMeta: ListMetadata;
  _allReportsMeta: ListMetadata;
  _allUsersMeta: ListMetadata;
  allActivities: Array<Activity>;
  allAdministrativeUnits: Array<AdministrativeUnit>;
  allAgencies: Array<Agency>;
  allApiClients: Array<ApiClient>;
  /** Nhật ký thao tác, mới nhất trước khi sắp xếp giảm dần theo "at". */
  allAuditEntries: Array<AuditEntry>;
  allBudgetLines: Array<BudgetLine>;
  allLegalDocuments: Array<LegalDocument>;
  allPlans: Array<Plan>;
  allReportingObligations: Array<ReportingObligation>;
  allReports: Array<Report>;
  allUsers: Array<User>;
  /** Tổng hợp dự toán, được giao, đã chi theo các chiều chọn, trong phạm vi người gọi được xem. */
  budgetSummary: BudgetSummary;
  /** Lịch sử thay đổi của một bản ghi mà người gọi được xem. */
  history: Array<HistoryEntry>;
  /** Người đang đăng nhập; trống với người dùng ẩn danh. */
  me?: Maybe<User>;
  /** Những gì người gọi được đọc và ghi, theo từng loại dữ liệu. */
  myPermissions: Permissions;
  /** Các văn bản được dẫn trong đoạn văn, mỗi văn bản một lần, kèm văn bản khớp trong danh mục. */
  parseLegalReferences: Array<LegalReference>;
  /** Mỗi đơn vị trực thuộc: số báo cáo đến hạn trong năm, nộp đúng hạn, nộp muộn, quá hạn. */
  reportingStatus: Array<ReportingStatusRow>;
};


export type QueryActivityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAdministrativeUnitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAgencyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryApiClientArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAuditEntryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBudgetLineArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLegalDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlanArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReportingObligationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type Query_AllActivitiesMetaArgs = {
  filter?: InputMaybe<ActivityFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};


export type Query_AllAdministrativeUnitsMetaArgs = {
  filter?: InputMaybe<AdministrativeUnitFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};


export type Query_AllAgenciesMetaArgs = {
  filter?: InputMaybe<AgencyFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};


export type Query_AllApiClientsMetaArgs = {
  filter?: InputMaybe<ApiClientFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};


export type Query_AllAuditEntriesMetaArgs = {
  filter?: InputMaybe<AuditEntryFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};


export type Query_AllBudgetLinesMetaArgs = {
  filter?: InputMaybe<BudgetLineFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};


export type Query_AllLegalDocumentsMetaArgs = {
  filter?: InputMaybe<LegalDocumentFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};


export type Query_AllPlansMetaArgs = {
  filter?: InputMaybe<PlanFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};


export type Query_AllReportingObligationsMetaArgs = {
  filter?: InputMaybe<ReportingObligationFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};


export type Query_AllReportsMetaArgs = {
  filter?: InputMaybe<ReportFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};


export type Query_AllUsersMetaArgs = {
  filter?: InputMaybe<UserFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};


export type QueryAllActivitiesArgs = {
  filter?: InputMaybe<ActivityFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};


export type QueryAllAdministrativeUnitsArgs = {
  filter?: InputMaybe<AdministrativeUnitFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};


export type QueryAllAgenciesArgs = {
  filter?: InputMaybe<AgencyFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};


export type QueryAllApiClientsArgs = {
  filter?: InputMaybe<ApiClientFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};


export type QueryAllAuditEntriesArgs = {
  filter?: InputMaybe<AuditEntryFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};


export type QueryAllBudgetLinesArgs = {
  filter?: InputMaybe<BudgetLineFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};


export type QueryAllLegalDocumentsArgs = {
  filter?: InputMaybe<LegalDocumentFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};


export type QueryAllPlansArgs = {
  filter?: InputMaybe<PlanFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};


export type QueryAllReportingObligationsArgs = {
  filter?: InputMaybe<ReportingObligationFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};


export type QueryAllReportsArgs = {
  filter?: InputMaybe<ReportFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};


export type QueryAllUsersArgs = {
  filter?: InputMaybe<UserFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};


export type QueryBudgetSummaryArgs = {
  filter?: InputMaybe<BudgetLineFilter>;
  groupBy: Array<BudgetDimension>;
  unitLevel?: InputMaybe<UnitLevel>;
};


export type QueryHistoryArgs = {
  id: Scalars['ID']['input'];
  resource: Scalars['String']['input'];
};


export type QueryParseLegalReferencesArgs = {
  text: Scalars['String']['input'];
};


export type QueryReportingStatusArgs = {
  unitId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};

/** Nơi nhận. */
export type Recipient = {
  __typename?: 'Recipient';
  /** Mọi cơ quan dòng nơi nhận này nêu. */
  agencies: Array<Agency>;
  agency?: Maybe<Agency>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  purpose: RecipientPurpose;
};

export type RecipientInput = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Mọi cơ quan dòng này nêu ("TT/Tỉnh ủy, TT/HĐND tỉnh"). */
  agencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  name: Scalars['String']['input'];
  purpose: RecipientPurpose;
};

/** Mục đích gửi: thực hiện, báo cáo, để biết, lưu */
export type RecipientPurpose =
  | 'ARCHIVE'
  | 'EXECUTION'
  | 'INFORMATION'
  | 'REPORT';

/** Báo cáo kết quả công tác thông tin đối ngoại. */
export type Report = {
  __typename?: 'Report';
  administrativeUnit?: Maybe<AdministrativeUnit>;
  administrativeUnitId?: Maybe<Scalars['ID']['output']>;
  /** Tổng kinh phí được bố trí như báo cáo nêu (khác với số đã chi). */
  allocated?: Maybe<Scalars['Money']['output']>;
  /** Văn bản khác được nêu trong báo cáo. */
  citedDocuments?: Maybe<Array<LegalDocument>>;
  closing?: Maybe<Scalars['String']['output']>;
  dateLabel?: Maybe<Scalars['String']['output']>;
  /** Dữ liệu minh họa; không tính vào số liệu tổng hợp trừ khi bộ lọc yêu cầu. */
  demo: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  issuedOn?: Maybe<Scalars['String']['output']>;
  issuingAgency?: Maybe<Agency>;
  kind?: Maybe<ReportKind>;
  metrics?: Maybe<Array<ReportMetric>>;
  nextTasks?: Maybe<Array<Scalars['String']['output']>>;
  /** Nghĩa vụ báo cáo mà báo cáo này thực hiện. */
  obligation?: Maybe<ReportingObligation>;
  obligationId?: Maybe<Scalars['ID']['output']>;
  periodEnd?: Maybe<Scalars['String']['output']>;
  periodStart?: Maybe<Scalars['String']['output']>;
  preamble?: Maybe<Scalars['String']['output']>;
  recipients?: Maybe<Array<Recipient>>;
  recommendations?: Maybe<Scalars['String']['output']>;
  /** Văn bản mà báo cáo này trả lời. */
  respondsTo?: Maybe<LegalDocument>;
  results?: Maybe<Array<ReportResult>>;
  sections?: Maybe<Array<ReportSection>>;
  signature?: Maybe<Signature>;
  /** Tổng kinh phí đã bố trí/chi như báo cáo nêu. */
  spending?: Maybe<Scalars['Money']['output']>;
  /** Các khoản kinh phí đã bố trí/chi. */
  spendingLines?: Maybe<Array<BudgetLine>>;
  status?: Maybe<ReportStatus>;
  /** Văn bản là đối tượng báo cáo. */
  subjects?: Maybe<Array<LegalDocument>>;
  symbol?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  /** Phiên bản; gửi lại khi sửa hoặc xóa để không ghi đè thay đổi của người khác. */
  version?: Maybe<Scalars['Int']['output']>;
};

export type ReportFilter = {
  /** Báo cáo của đơn vị này và các đơn vị trực thuộc. */
  administrativeUnitId?: InputMaybe<Scalars['ID']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<ReportKind>;
  q?: InputMaybe<Scalars['String']['input']>;
  respondsToId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ReportStatus>;
  /** Kỳ báo cáo có phần nằm trong năm này. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Loại báo cáo */
export type ReportKind =
  | 'AD_HOC'
  | 'PERIODIC'
  | 'THEMATIC';

/** Số liệu, ví dụ "Đoàn phóng viên nước ngoài đến làm việc: 0 đoàn". */
export type ReportMetric = {
  __typename?: 'ReportMetric';
  name?: Maybe<Scalars['String']['output']>;
  unit?: Maybe<Scalars['String']['output']>;
  value?: Maybe<Scalars['Float']['output']>;
};

export type ReportMetricInput = {
  name: Scalars['String']['input'];
  unit: Scalars['String']['input'];
  value: Scalars['Float']['input'];
};

/** Kết quả thực hiện một nội dung. */
export type ReportResult = {
  __typename?: 'ReportResult';
  activity?: Maybe<Activity>;
  heading: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  outcome: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  /** Trống khi báo cáo không đánh giá. */
  status?: Maybe<ResultStatus>;
};

export type ReportResultInput = {
  activityId?: InputMaybe<Scalars['ID']['input']>;
  heading: Scalars['String']['input'];
  outcome: Scalars['String']['input'];
  /** Bỏ trống khi báo cáo không đánh giá. */
  status?: InputMaybe<ResultStatus>;
};

/** Một mục của báo cáo; các mục con (1, 2, a, b) nằm trong mục lớn (I, II). */
export type ReportSection = {
  __typename?: 'ReportSection';
  body?: Maybe<Scalars['String']['output']>;
  children?: Maybe<Array<ReportSection>>;
  heading?: Maybe<Scalars['String']['output']>;
  /** Số mục như in: "I", "1", "a". */
  label?: Maybe<Scalars['String']['output']>;
};

export type ReportSectionInput = {
  body: Scalars['String']['input'];
  /** Các mục con. */
  children?: InputMaybe<Array<ReportSectionInput>>;
  heading: Scalars['String']['input'];
  label?: InputMaybe<Scalars['String']['input']>;
};

/** Trạng thái báo cáo */
export type ReportStatus =
  | 'ACCEPTED'
  | 'DRAFT'
  | 'RETURNED'
  | 'SUBMITTED';

/** Hạn báo cáo: một lần (dueDate) hoặc hằng năm (tháng, ngày). */
export type ReportingDeadline = {
  __typename?: 'ReportingDeadline';
  dueDate?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Như in: "trước ngày 30/11/2021", "25/5". */
  label: Scalars['String']['output'];
  recurringDay?: Maybe<Scalars['Int']['output']>;
  recurringMonth?: Maybe<Scalars['Int']['output']>;
};

export type ReportingDeadlineInput = {
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  label: Scalars['String']['input'];
  recurringDay?: InputMaybe<Scalars['Int']['input']>;
  recurringMonth?: InputMaybe<Scalars['Int']['input']>;
};

/** Nghĩa vụ báo cáo: ai báo cáo, gửi ai, kỳ nào, hạn nào. */
export type ReportingObligation = {
  __typename?: 'ReportingObligation';
  acceptedOn?: Maybe<Scalars['String']['output']>;
  /** Đơn vị phải báo cáo. */
  administrativeUnit?: Maybe<AdministrativeUnit>;
  administrativeUnitId?: Maybe<Scalars['ID']['output']>;
  /** Văn bản không ghi ngày; hạn lấy theo mặc định của kế hoạch. */
  defaultDue?: Maybe<Scalars['Boolean']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** Hạn nộp: hết ngày này theo giờ Việt Nam. */
  dueDate?: Maybe<Scalars['String']['output']>;
  /** Hạn như in, hoặc ghi rõ là hạn mặc định của kế hoạch. */
  dueLabel?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Nộp sau hạn. */
  late?: Maybe<Scalars['Boolean']['output']>;
  periodEnd?: Maybe<Scalars['String']['output']>;
  periodStart?: Maybe<Scalars['String']['output']>;
  plan?: Maybe<Plan>;
  /** Đơn vị nhận báo cáo. */
  recipientUnit?: Maybe<AdministrativeUnit>;
  /** Nơi nhận báo cáo như in. */
  reportTo?: Maybe<Scalars['String']['output']>;
  reportToAgency?: Maybe<Agency>;
  /** Cơ quan phải báo cáo, khi văn bản nêu tên. */
  reporterAgency?: Maybe<Agency>;
  /** Các báo cáo thực hiện nghĩa vụ này. */
  reports?: Maybe<Array<Report>>;
  /** Trạng thái tính đến hôm nay (giờ Việt Nam). */
  status?: Maybe<ObligationStatus>;
  /** Ngày nộp (giờ Việt Nam). */
  submittedOn?: Maybe<Scalars['String']['output']>;
};

export type ReportingObligationFilter = {
  /** Nghĩa vụ của đơn vị này và các đơn vị trực thuộc. */
  administrativeUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** Hạn nộp từ ngày này (YYYY-MM-DD). */
  dueFrom?: InputMaybe<Scalars['String']['input']>;
  /** Hạn nộp đến ngày này (YYYY-MM-DD). */
  dueTo?: InputMaybe<Scalars['String']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  planId?: InputMaybe<Scalars['ID']['input']>;
  /** Nghĩa vụ báo cáo gửi đơn vị này. */
  recipientUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** Trạng thái tính đến hôm nay. */
  status?: InputMaybe<ObligationStatus>;
  /** Hạn nộp trong năm này. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Chế độ báo cáo: ai báo cáo, gửi ai, qua đâu, hạn nào. */
export type ReportingRequirement = {
  __typename?: 'ReportingRequirement';
  description: Scalars['String']['output'];
  /** Các hạn báo cáo. */
  dueDates: Array<ReportingDeadline>;
  id: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  reportTo: Scalars['String']['output'];
  /** Mọi cơ quan nhận báo cáo khi dòng nêu nhiều cơ quan. */
  reportToAgencies: Array<Agency>;
  reportToAgency?: Maybe<Agency>;
  reporter?: Maybe<Agency>;
  via?: Maybe<Scalars['String']['output']>;
  viaAgency?: Maybe<Agency>;
};

export type ReportingRequirementInput = {
  deadlines?: InputMaybe<Array<ReportingDeadlineInput>>;
  description: Scalars['String']['input'];
  reportTo: Scalars['String']['input'];
  reportToAgencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Mọi cơ quan nhận báo cáo khi dòng nêu nhiều cơ quan. */
  reportToAgencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  reporterId?: InputMaybe<Scalars['ID']['input']>;
  via?: InputMaybe<Scalars['String']['input']>;
  viaAgencyId?: InputMaybe<Scalars['ID']['input']>;
};

/** Tình hình báo cáo của một đơn vị trực thuộc trong năm. */
export type ReportingStatusRow = {
  __typename?: 'ReportingStatusRow';
  /** Đã được chấp nhận. */
  accepted: Scalars['Int']['output'];
  /** Số nghĩa vụ có hạn trong năm. */
  due: Scalars['Int']['output'];
  /** Nộp muộn. */
  late: Scalars['Int']['output'];
  /** Chưa đến hạn, chưa nộp. */
  open: Scalars['Int']['output'];
  /** Quá hạn, chưa nộp. */
  overdue: Scalars['Int']['output'];
  /** Đã nộp đúng hạn. */
  submittedOnTime: Scalars['Int']['output'];
  unit?: Maybe<AdministrativeUnit>;
};

/** Những gì người gọi được làm với một loại dữ liệu. */
export type ResourcePermission = {
  __typename?: 'ResourcePermission';
  /** Trong list, show, create, update, delete. */
  operations: Array<Scalars['String']['output']>;
  /** Trường đọc được (với bản ghi của chính đơn vị mình). */
  readableFields: Array<Scalars['String']['output']>;
  /** Tên kiểu GraphQL, ví dụ "Plan". */
  resource: Scalars['String']['output'];
  /** Tham số ghi được của createX/updateX. */
  writableFields: Array<Scalars['String']['output']>;
};

/** Nhiệm vụ của một cơ quan trong phần tổ chức thực hiện. */
export type Responsibility = {
  __typename?: 'Responsibility';
  agency: Agency;
  duties: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  /** Các cơ quan khác cùng được giao những nhiệm vụ này. */
  sharedWith: Array<Agency>;
  source: FactSource;
};

export type ResponsibilityInput = {
  agencyId: Scalars['ID']['input'];
  duties: Array<Scalars['String']['input']>;
  /** Các cơ quan cùng được giao những nhiệm vụ này. */
  sharedWithIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  source?: InputMaybe<FactSource>;
};

/** Kết quả thực hiện */
export type ResultStatus =
  | 'DONE'
  | 'NONE'
  | 'NOT_DONE'
  | 'PARTIAL';

/** Vai trò người dùng */
export type Role =
  | 'ADMIN'
  | 'APPROVER'
  | 'EDITOR'
  | 'FINANCE'
  | 'VIEWER';

/** Thời gian thực hiện: nhãn như in và dạng máy đọc. */
export type Schedule = {
  __typename?: 'Schedule';
  continuous: Scalars['Boolean']['output'];
  endDate?: Maybe<Scalars['String']['output']>;
  label?: Maybe<Scalars['String']['output']>;
  /** Các khoảng thời gian thực hiện (một lịch có thể gồm nhiều khoảng rời nhau). */
  periods: Array<Period>;
  quarters: Array<Scalars['Int']['output']>;
  /** Thời gian in trong văn bản hay do người nhập suy ra. */
  source: FactSource;
  startDate?: Maybe<Scalars['String']['output']>;
};

export type ScheduleInput = {
  continuous?: InputMaybe<Scalars['Boolean']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  label?: InputMaybe<Scalars['String']['input']>;
  /** Các khoảng thời gian; bỏ trống thì tính từ quý và ngày bắt đầu, kết thúc. */
  periods?: InputMaybe<Array<PeriodInput>>;
  quarters?: InputMaybe<Array<Scalars['Int']['input']>>;
  source?: InputMaybe<FactSource>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

/** Người ký: thẩm quyền ký, chức vụ, họ tên. */
export type Signature = {
  __typename?: 'Signature';
  /** Ví dụ "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH". */
  authority?: Maybe<Scalars['String']['output']>;
  position?: Maybe<Scalars['String']['output']>;
  signerName?: Maybe<Scalars['String']['output']>;
};

export type SignatureInput = {
  authority?: InputMaybe<Scalars['String']['input']>;
  position?: InputMaybe<Scalars['String']['input']>;
  signerName?: InputMaybe<Scalars['String']['input']>;
};

/** Thứ tự sắp xếp */
export type SortOrder =
  | 'ASC'
  | 'DESC';

/** Loại đơn vị hành chính */
export type UnitKind =
  | 'COMMUNE'
  | 'MUNICIPALITY'
  | 'NATION'
  | 'PROVINCE'
  | 'PROVINCIAL_CITY'
  | 'RURAL_DISTRICT'
  | 'TOWN'
  | 'TOWNSHIP'
  | 'WARD';

/** Cấp hành chính */
export type UnitLevel =
  | 'CENTRAL'
  | 'COMMUNE'
  | 'DISTRICT'
  | 'PROVINCE';

/** Đoạn văn bản trình nhập không xếp được vào phần nào, kèm lý do. */
export type UnplacedText = {
  __typename?: 'UnplacedText';
  reason: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

/** Người dùng (cán bộ) thuộc một đơn vị hành chính. */
export type User = {
  __typename?: 'User';
  administrativeUnit?: Maybe<AdministrativeUnit>;
  administrativeUnitId?: Maybe<Scalars['ID']['output']>;
  disabled?: Maybe<Scalars['Boolean']['output']>;
  displayName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  roles?: Maybe<Array<Role>>;
  username?: Maybe<Scalars['String']['output']>;
  /** Phiên bản; gửi lại khi sửa hoặc xóa để không ghi đè thay đổi của người khác. */
  version?: Maybe<Scalars['Int']['output']>;
};

export type UserFilter = {
  /** Người dùng của đơn vị này và các đơn vị trực thuộc. */
  administrativeUnitId?: InputMaybe<Scalars['ID']['input']>;
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  q?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
};

export type AgenciesQueryVariables = Exact<{
  filter?: InputMaybe<AgencyFilter>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AgenciesQuery = { __typename?: 'Query', allAgencies: Array<{ __typename?: 'Agency', id: string, key?: string | null, name: string, shortName?: string | null, kind: AgencyKind, administrativeUnit: { __typename?: 'AdministrativeUnit', id: string, code: string } }>, _allAgenciesMeta: { __typename?: 'ListMetadata', count: number } };

export type LegalDocumentsQueryVariables = Exact<{
  filter?: InputMaybe<LegalDocumentFilter>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type LegalDocumentsQuery = { __typename?: 'Query', allLegalDocuments: Array<{ __typename?: 'LegalDocument', id: string, key?: string | null, symbol?: string | null, number?: string | null, symbolYear?: number | null, typeCode?: string | null, issuerCode?: string | null, documentType: DocumentType, issuedOn?: string | null, issuerName: string, title: string, citedBy: Array<{ __typename?: 'Plan', id: string, title: string }> }>, _allLegalDocumentsMeta: { __typename?: 'ListMetadata', count: number } };

export type CreateLegalDocumentMutationVariables = Exact<{
  documentType?: InputMaybe<DocumentType>;
  symbol?: InputMaybe<Scalars['String']['input']>;
  issuedOn?: InputMaybe<Scalars['Date']['input']>;
  issuerName?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
}>;


export type CreateLegalDocumentMutation = { __typename?: 'Mutation', createLegalDocument: { __typename?: 'LegalDocument', id: string, symbol?: string | null, number?: string | null, symbolYear?: number | null, typeCode?: string | null, issuerCode?: string | null } };

export type ReportsQueryVariables = Exact<{
  filter?: InputMaybe<ReportFilter>;
}>;


export type ReportsQuery = { __typename?: 'Query', allReports: Array<{ __typename?: 'Report', id: string, title?: string | null, symbol?: string | null, kind?: ReportKind | null, status?: ReportStatus | null, periodStart?: string | null, periodEnd?: string | null, spending?: string | null, nextTasks?: Array<string> | null, recommendations?: string | null, administrativeUnit?: { __typename?: 'AdministrativeUnit', code: string, name: string } | null, respondsTo?: { __typename?: 'LegalDocument', symbol?: string | null } | null, subjects?: Array<{ __typename?: 'LegalDocument', symbol?: string | null }> | null, citedDocuments?: Array<{ __typename?: 'LegalDocument', symbol?: string | null }> | null, sections?: Array<{ __typename?: 'ReportSection', heading?: string | null, body?: string | null }> | null, results?: Array<{ __typename?: 'ReportResult', heading: string, outcome: string, status?: ResultStatus | null }> | null, metrics?: Array<{ __typename?: 'ReportMetric', name?: string | null, value?: number | null, unit?: string | null }> | null, spendingLines?: Array<{ __typename?: 'BudgetLine', fiscalYear?: number | null, source?: BudgetSource | null, description?: string | null, allocatedAmount?: string | null, spentAmount?: string | null }> | null, signature?: { __typename?: 'Signature', authority?: string | null, position?: string | null, signerName?: string | null } | null, recipients?: Array<{ __typename?: 'Recipient', name: string, purpose: RecipientPurpose }> | null }> };

export type BudgetLinesQueryVariables = Exact<{
  filter?: InputMaybe<BudgetLineFilter>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type BudgetLinesQuery = { __typename?: 'Query', allBudgetLines: Array<{ __typename?: 'BudgetLine', id: string, fiscalYear?: number | null, source?: BudgetSource | null, plannedAmount?: string | null, spentAmount?: string | null }>, _allBudgetLinesMeta: { __typename?: 'ListMetadata', count: number } };

export type PlanDetailFragment = { __typename?: 'Plan', id: string, title: string, symbol?: string | null, place?: string | null, issuedOn?: string | null, dateLabel?: string | null, status: PlanStatus, startYear: number, endYear?: number | null, objectives: Array<string>, requirements: Array<string>, budgetNote?: string | null, budgetTotal?: string | null, administrativeUnit: { __typename?: 'AdministrativeUnit', id: string, code: string, name: string }, issuingAgency: { __typename?: 'Agency', id: string, name: string }, parentPlan?: { __typename?: 'Plan', id: string, symbol?: string | null } | null, childPlans: Array<{ __typename?: 'Plan', id: string }>, legalBases: Array<{ __typename?: 'PlanLegalBasis', kind: LegalBasisKind, document: { __typename?: 'LegalDocument', id: string, symbol?: string | null, documentType: DocumentType, issuedOn?: string | null, citedBy: Array<{ __typename?: 'Plan', id: string }> } }>, activities: Array<{ __typename?: 'Activity', id: string, label: string, title: string, description?: string | null, category: ActivityCategory, location?: string | null, confidential: boolean, parentId?: string | null, schedule: { __typename?: 'Schedule', label?: string | null, startDate?: string | null, endDate?: string | null, quarters: Array<number>, continuous: boolean }, participants: Array<{ __typename?: 'ActivityParticipant', role: ParticipantRole, note?: string | null, agency: { __typename?: 'Agency', id: string, name: string, administrativeUnit: { __typename?: 'AdministrativeUnit', code: string } } }>, citedDocuments: Array<{ __typename?: 'LegalDocument', symbol?: string | null }> }>, responsibilities: Array<{ __typename?: 'Responsibility', duties: Array<string>, agency: { __typename?: 'Agency', id: string, name: string, kind: AgencyKind } }>, reportingRequirements: Array<{ __typename?: 'ReportingRequirement', description: string, reportTo: string, via?: string | null, dueDates: Array<{ __typename?: 'ReportingDeadline', label: string, dueDate?: string | null, recurringMonth?: number | null, recurringDay?: number | null }> }>, budgetLines?: Array<{ __typename?: 'BudgetLine', id: string, fiscalYear?: number | null, source?: BudgetSource | null, description?: string | null, plannedAmount?: string | null, allocatedAmount?: string | null, spentAmount?: string | null }> | null, signature?: { __typename?: 'Signature', authority?: string | null, position?: string | null, signerName?: string | null } | null, recipients: Array<{ __typename?: 'Recipient', name: string, purpose: RecipientPurpose, agency?: { __typename?: 'Agency', id: string } | null }> };

export type PlansQueryVariables = Exact<{
  filter?: InputMaybe<PlanFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sortField?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
}>;


export type PlansQuery = { __typename?: 'Query', allPlans: Array<{ __typename?: 'Plan', id: string, title: string, symbol?: string | null, place?: string | null, issuedOn?: string | null, dateLabel?: string | null, status: PlanStatus, startYear: number, endYear?: number | null, objectives: Array<string>, requirements: Array<string>, budgetNote?: string | null, budgetTotal?: string | null, administrativeUnit: { __typename?: 'AdministrativeUnit', id: string, code: string, name: string }, issuingAgency: { __typename?: 'Agency', id: string, name: string }, parentPlan?: { __typename?: 'Plan', id: string, symbol?: string | null } | null, childPlans: Array<{ __typename?: 'Plan', id: string }>, legalBases: Array<{ __typename?: 'PlanLegalBasis', kind: LegalBasisKind, document: { __typename?: 'LegalDocument', id: string, symbol?: string | null, documentType: DocumentType, issuedOn?: string | null, citedBy: Array<{ __typename?: 'Plan', id: string }> } }>, activities: Array<{ __typename?: 'Activity', id: string, label: string, title: string, description?: string | null, category: ActivityCategory, location?: string | null, confidential: boolean, parentId?: string | null, schedule: { __typename?: 'Schedule', label?: string | null, startDate?: string | null, endDate?: string | null, quarters: Array<number>, continuous: boolean }, participants: Array<{ __typename?: 'ActivityParticipant', role: ParticipantRole, note?: string | null, agency: { __typename?: 'Agency', id: string, name: string, administrativeUnit: { __typename?: 'AdministrativeUnit', code: string } } }>, citedDocuments: Array<{ __typename?: 'LegalDocument', symbol?: string | null }> }>, responsibilities: Array<{ __typename?: 'Responsibility', duties: Array<string>, agency: { __typename?: 'Agency', id: string, name: string, kind: AgencyKind } }>, reportingRequirements: Array<{ __typename?: 'ReportingRequirement', description: string, reportTo: string, via?: string | null, dueDates: Array<{ __typename?: 'ReportingDeadline', label: string, dueDate?: string | null, recurringMonth?: number | null, recurringDay?: number | null }> }>, budgetLines?: Array<{ __typename?: 'BudgetLine', id: string, fiscalYear?: number | null, source?: BudgetSource | null, description?: string | null, plannedAmount?: string | null, allocatedAmount?: string | null, spentAmount?: string | null }> | null, signature?: { __typename?: 'Signature', authority?: string | null, position?: string | null, signerName?: string | null } | null, recipients: Array<{ __typename?: 'Recipient', name: string, purpose: RecipientPurpose, agency?: { __typename?: 'Agency', id: string } | null }> }>, _allPlansMeta: { __typename?: 'ListMetadata', count: number } };

export type PlanIdsQueryVariables = Exact<{
  filter?: InputMaybe<PlanFilter>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PlanIdsQuery = { __typename?: 'Query', allPlans: Array<{ __typename?: 'Plan', id: string, title: string }>, _allPlansMeta: { __typename?: 'ListMetadata', count: number } };

export type PlanQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PlanQuery = { __typename?: 'Query', Plan?: { __typename?: 'Plan', id: string, title: string, symbol?: string | null, place?: string | null, issuedOn?: string | null, dateLabel?: string | null, status: PlanStatus, startYear: number, endYear?: number | null, objectives: Array<string>, requirements: Array<string>, budgetNote?: string | null, budgetTotal?: string | null, administrativeUnit: { __typename?: 'AdministrativeUnit', id: string, code: string, name: string }, issuingAgency: { __typename?: 'Agency', id: string, name: string }, parentPlan?: { __typename?: 'Plan', id: string, symbol?: string | null } | null, childPlans: Array<{ __typename?: 'Plan', id: string }>, legalBases: Array<{ __typename?: 'PlanLegalBasis', kind: LegalBasisKind, document: { __typename?: 'LegalDocument', id: string, symbol?: string | null, documentType: DocumentType, issuedOn?: string | null, citedBy: Array<{ __typename?: 'Plan', id: string }> } }>, activities: Array<{ __typename?: 'Activity', id: string, label: string, title: string, description?: string | null, category: ActivityCategory, location?: string | null, confidential: boolean, parentId?: string | null, schedule: { __typename?: 'Schedule', label?: string | null, startDate?: string | null, endDate?: string | null, quarters: Array<number>, continuous: boolean }, participants: Array<{ __typename?: 'ActivityParticipant', role: ParticipantRole, note?: string | null, agency: { __typename?: 'Agency', id: string, name: string, administrativeUnit: { __typename?: 'AdministrativeUnit', code: string } } }>, citedDocuments: Array<{ __typename?: 'LegalDocument', symbol?: string | null }> }>, responsibilities: Array<{ __typename?: 'Responsibility', duties: Array<string>, agency: { __typename?: 'Agency', id: string, name: string, kind: AgencyKind } }>, reportingRequirements: Array<{ __typename?: 'ReportingRequirement', description: string, reportTo: string, via?: string | null, dueDates: Array<{ __typename?: 'ReportingDeadline', label: string, dueDate?: string | null, recurringMonth?: number | null, recurringDay?: number | null }> }>, budgetLines?: Array<{ __typename?: 'BudgetLine', id: string, fiscalYear?: number | null, source?: BudgetSource | null, description?: string | null, plannedAmount?: string | null, allocatedAmount?: string | null, spentAmount?: string | null }> | null, signature?: { __typename?: 'Signature', authority?: string | null, position?: string | null, signerName?: string | null } | null, recipients: Array<{ __typename?: 'Recipient', name: string, purpose: RecipientPurpose, agency?: { __typename?: 'Agency', id: string } | null }> } | null };

export type PortalNestedQueryVariables = Exact<{
  filter?: InputMaybe<PlanFilter>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PortalNestedQuery = { __typename?: 'Query', allPlans: Array<{ __typename?: 'Plan', id: string, title: string, budgetTotal?: string | null, administrativeUnit: { __typename?: 'AdministrativeUnit', name: string, parent?: { __typename?: 'AdministrativeUnit', name: string } | null }, issuingAgency: { __typename?: 'Agency', name: string }, legalBases: Array<{ __typename?: 'PlanLegalBasis', kind: LegalBasisKind, document: { __typename?: 'LegalDocument', symbol?: string | null, issuer?: { __typename?: 'Agency', name: string } | null } }>, activities: Array<{ __typename?: 'Activity', label: string, title: string, participants: Array<{ __typename?: 'ActivityParticipant', role: ParticipantRole, agency: { __typename?: 'Agency', name: string, administrativeUnit: { __typename?: 'AdministrativeUnit', name: string } } }>, budgetLines?: Array<{ __typename?: 'BudgetLine', plannedAmount?: string | null }> | null }>, budgetLines?: Array<{ __typename?: 'BudgetLine', fiscalYear?: number | null, source?: BudgetSource | null, plannedAmount?: string | null }> | null, childPlans: Array<{ __typename?: 'Plan', id: string }> }> };

export type CreatePlanMutationVariables = Exact<{
  title?: InputMaybe<Scalars['String']['input']>;
  symbol?: InputMaybe<Scalars['String']['input']>;
  issuedOn?: InputMaybe<Scalars['Date']['input']>;
  status?: InputMaybe<PlanStatus>;
  startYear?: InputMaybe<Scalars['Int']['input']>;
  endYear?: InputMaybe<Scalars['Int']['input']>;
  administrativeUnitId?: InputMaybe<Scalars['ID']['input']>;
  issuingAgencyId?: InputMaybe<Scalars['ID']['input']>;
  parentPlanId?: InputMaybe<Scalars['ID']['input']>;
  objectives?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  legalBases?: InputMaybe<Array<LegalBasisInput> | LegalBasisInput>;
  activities?: InputMaybe<Array<ActivityInput> | ActivityInput>;
  budgetLines?: InputMaybe<Array<PlanBudgetLineInput> | PlanBudgetLineInput>;
  responsibilities?: InputMaybe<Array<ResponsibilityInput> | ResponsibilityInput>;
  recipients?: InputMaybe<Array<RecipientInput> | RecipientInput>;
}>;


export type CreatePlanMutation = { __typename?: 'Mutation', createPlan: { __typename?: 'Plan', id: string, title: string, symbol?: string | null, place?: string | null, issuedOn?: string | null, dateLabel?: string | null, status: PlanStatus, startYear: number, endYear?: number | null, objectives: Array<string>, requirements: Array<string>, budgetNote?: string | null, budgetTotal?: string | null, administrativeUnit: { __typename?: 'AdministrativeUnit', id: string, code: string, name: string }, issuingAgency: { __typename?: 'Agency', id: string, name: string }, parentPlan?: { __typename?: 'Plan', id: string, symbol?: string | null } | null, childPlans: Array<{ __typename?: 'Plan', id: string }>, legalBases: Array<{ __typename?: 'PlanLegalBasis', kind: LegalBasisKind, document: { __typename?: 'LegalDocument', id: string, symbol?: string | null, documentType: DocumentType, issuedOn?: string | null, citedBy: Array<{ __typename?: 'Plan', id: string }> } }>, activities: Array<{ __typename?: 'Activity', id: string, label: string, title: string, description?: string | null, category: ActivityCategory, location?: string | null, confidential: boolean, parentId?: string | null, schedule: { __typename?: 'Schedule', label?: string | null, startDate?: string | null, endDate?: string | null, quarters: Array<number>, continuous: boolean }, participants: Array<{ __typename?: 'ActivityParticipant', role: ParticipantRole, note?: string | null, agency: { __typename?: 'Agency', id: string, name: string, administrativeUnit: { __typename?: 'AdministrativeUnit', code: string } } }>, citedDocuments: Array<{ __typename?: 'LegalDocument', symbol?: string | null }> }>, responsibilities: Array<{ __typename?: 'Responsibility', duties: Array<string>, agency: { __typename?: 'Agency', id: string, name: string, kind: AgencyKind } }>, reportingRequirements: Array<{ __typename?: 'ReportingRequirement', description: string, reportTo: string, via?: string | null, dueDates: Array<{ __typename?: 'ReportingDeadline', label: string, dueDate?: string | null, recurringMonth?: number | null, recurringDay?: number | null }> }>, budgetLines?: Array<{ __typename?: 'BudgetLine', id: string, fiscalYear?: number | null, source?: BudgetSource | null, description?: string | null, plannedAmount?: string | null, allocatedAmount?: string | null, spentAmount?: string | null }> | null, signature?: { __typename?: 'Signature', authority?: string | null, position?: string | null, signerName?: string | null } | null, recipients: Array<{ __typename?: 'Recipient', name: string, purpose: RecipientPurpose, agency?: { __typename?: 'Agency', id: string } | null }> } };

export type UpdatePlanMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  activities?: InputMaybe<Array<ActivityInput> | ActivityInput>;
  budgetLines?: InputMaybe<Array<PlanBudgetLineInput> | PlanBudgetLineInput>;
  endYear?: InputMaybe<Scalars['Int']['input']>;
}>;


export type UpdatePlanMutation = { __typename?: 'Mutation', updatePlan: { __typename?: 'Plan', id: string, title: string, symbol?: string | null, place?: string | null, issuedOn?: string | null, dateLabel?: string | null, status: PlanStatus, startYear: number, endYear?: number | null, objectives: Array<string>, requirements: Array<string>, budgetNote?: string | null, budgetTotal?: string | null, administrativeUnit: { __typename?: 'AdministrativeUnit', id: string, code: string, name: string }, issuingAgency: { __typename?: 'Agency', id: string, name: string }, parentPlan?: { __typename?: 'Plan', id: string, symbol?: string | null } | null, childPlans: Array<{ __typename?: 'Plan', id: string }>, legalBases: Array<{ __typename?: 'PlanLegalBasis', kind: LegalBasisKind, document: { __typename?: 'LegalDocument', id: string, symbol?: string | null, documentType: DocumentType, issuedOn?: string | null, citedBy: Array<{ __typename?: 'Plan', id: string }> } }>, activities: Array<{ __typename?: 'Activity', id: string, label: string, title: string, description?: string | null, category: ActivityCategory, location?: string | null, confidential: boolean, parentId?: string | null, schedule: { __typename?: 'Schedule', label?: string | null, startDate?: string | null, endDate?: string | null, quarters: Array<number>, continuous: boolean }, participants: Array<{ __typename?: 'ActivityParticipant', role: ParticipantRole, note?: string | null, agency: { __typename?: 'Agency', id: string, name: string, administrativeUnit: { __typename?: 'AdministrativeUnit', code: string } } }>, citedDocuments: Array<{ __typename?: 'LegalDocument', symbol?: string | null }> }>, responsibilities: Array<{ __typename?: 'Responsibility', duties: Array<string>, agency: { __typename?: 'Agency', id: string, name: string, kind: AgencyKind } }>, reportingRequirements: Array<{ __typename?: 'ReportingRequirement', description: string, reportTo: string, via?: string | null, dueDates: Array<{ __typename?: 'ReportingDeadline', label: string, dueDate?: string | null, recurringMonth?: number | null, recurringDay?: number | null }> }>, budgetLines?: Array<{ __typename?: 'BudgetLine', id: string, fiscalYear?: number | null, source?: BudgetSource | null, description?: string | null, plannedAmount?: string | null, allocatedAmount?: string | null, spentAmount?: string | null }> | null, signature?: { __typename?: 'Signature', authority?: string | null, position?: string | null, signerName?: string | null } | null, recipients: Array<{ __typename?: 'Recipient', name: string, purpose: RecipientPurpose, agency?: { __typename?: 'Agency', id: string } | null }> } };

export type DeletePlanMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeletePlanMutation = { __typename?: 'Mutation', deletePlan: { __typename?: 'Plan', id: string, title: string } };

export type CreateAdministrativeUnitMutationVariables = Exact<{
  code?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  fullName?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<UnitKind>;
  level?: InputMaybe<UnitLevel>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CreateAdministrativeUnitMutation = { __typename?: 'Mutation', createAdministrativeUnit: { __typename?: 'AdministrativeUnit', id: string, code: string, fullName: string } };

export type UnitsQueryVariables = Exact<{
  filter?: InputMaybe<AdministrativeUnitFilter>;
}>;


export type UnitsQuery = { __typename?: 'Query', allAdministrativeUnits: Array<{ __typename?: 'AdministrativeUnit', id: string, code: string, name: string, level: UnitLevel, parent?: { __typename?: 'AdministrativeUnit', id: string, name: string } | null, children: Array<{ __typename?: 'AdministrativeUnit', id: string, name: string }>, successor?: { __typename?: 'AdministrativeUnit', id: string, fullName: string } | null }>, _allAdministrativeUnitsMeta: { __typename?: 'ListMetadata', count: number } };

export type AdministrativeUnitQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdministrativeUnitQuery = { __typename?: 'Query', AdministrativeUnit?: { __typename?: 'AdministrativeUnit', id: string, code: string, name: string, fullName: string } | null };

export const PlanDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"parentPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"citedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"quarters"}},{"kind":"Field","name":{"kind":"Name","value":"continuous"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"citedDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duties"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportingRequirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reportTo"}},{"kind":"Field","name":{"kind":"Name","value":"via"}},{"kind":"Field","name":{"kind":"Name","value":"dueDates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"recurringMonth"}},{"kind":"Field","name":{"kind":"Name","value":"recurringDay"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetNote"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"plannedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"spentAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetTotal"}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PlanDetailFragment, unknown>;
export const AgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Agencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allAgencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"_allAgenciesMeta"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<AgenciesQuery, AgenciesQueryVariables>;
export const LegalDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LegalDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LegalDocumentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allLegalDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"symbolYear"}},{"kind":"Field","name":{"kind":"Name","value":"typeCode"}},{"kind":"Field","name":{"kind":"Name","value":"issuerCode"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"issuerName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"citedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"_allLegalDocumentsMeta"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<LegalDocumentsQuery, LegalDocumentsQueryVariables>;
export const CreateLegalDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLegalDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"documentType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"symbol"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"issuedOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"issuerName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLegalDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"documentType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"documentType"}}},{"kind":"Argument","name":{"kind":"Name","value":"symbol"},"value":{"kind":"Variable","name":{"kind":"Name","value":"symbol"}}},{"kind":"Argument","name":{"kind":"Name","value":"issuedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"issuedOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"issuerName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"issuerName"}}},{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"symbolYear"}},{"kind":"Field","name":{"kind":"Name","value":"typeCode"}},{"kind":"Field","name":{"kind":"Name","value":"issuerCode"}}]}}]}}]} as unknown as DocumentNode<CreateLegalDocumentMutation, CreateLegalDocumentMutationVariables>;
export const ReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Reports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"respondsTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citedDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spending"}},{"kind":"Field","name":{"kind":"Name","value":"spendingLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"spentAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextTasks"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}}]}}]}}]}}]} as unknown as DocumentNode<ReportsQuery, ReportsQueryVariables>;
export const BudgetLinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BudgetLines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetLineFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allBudgetLines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"plannedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"spentAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"_allBudgetLinesMeta"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<BudgetLinesQuery, BudgetLinesQueryVariables>;
export const PlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Plans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sortField"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sortOrder"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortField"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sortField"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortOrder"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sortOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanDetail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"_allPlansMeta"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"parentPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"citedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"quarters"}},{"kind":"Field","name":{"kind":"Name","value":"continuous"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"citedDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duties"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportingRequirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reportTo"}},{"kind":"Field","name":{"kind":"Name","value":"via"}},{"kind":"Field","name":{"kind":"Name","value":"dueDates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"recurringMonth"}},{"kind":"Field","name":{"kind":"Name","value":"recurringDay"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetNote"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"plannedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"spentAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetTotal"}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PlansQuery, PlansQueryVariables>;
export const PlanIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"_allPlansMeta"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<PlanIdsQuery, PlanIdsQueryVariables>;
export const PlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Plan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"Plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"parentPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"citedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"quarters"}},{"kind":"Field","name":{"kind":"Name","value":"continuous"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"citedDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duties"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportingRequirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reportTo"}},{"kind":"Field","name":{"kind":"Name","value":"via"}},{"kind":"Field","name":{"kind":"Name","value":"dueDates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"recurringMonth"}},{"kind":"Field","name":{"kind":"Name","value":"recurringDay"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetNote"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"plannedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"spentAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetTotal"}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PlanQuery, PlanQueryVariables>;
export const PortalNestedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalNested"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortField"},"value":{"kind":"StringValue","value":"id","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plannedAmount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"plannedAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetTotal"}},{"kind":"Field","name":{"kind":"Name","value":"childPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PortalNestedQuery, PortalNestedQueryVariables>;
export const CreatePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"symbol"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"issuedOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startYear"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endYear"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"administrativeUnitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"issuingAgencyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentPlanId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"objectives"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"legalBases"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LegalBasisInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activities"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"budgetLines"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanBudgetLineInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"responsibilities"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResponsibilityInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recipients"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecipientInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}},{"kind":"Argument","name":{"kind":"Name","value":"symbol"},"value":{"kind":"Variable","name":{"kind":"Name","value":"symbol"}}},{"kind":"Argument","name":{"kind":"Name","value":"issuedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"issuedOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"startYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"endYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"administrativeUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"administrativeUnitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"issuingAgencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"issuingAgencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"parentPlanId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentPlanId"}}},{"kind":"Argument","name":{"kind":"Name","value":"objectives"},"value":{"kind":"Variable","name":{"kind":"Name","value":"objectives"}}},{"kind":"Argument","name":{"kind":"Name","value":"legalBases"},"value":{"kind":"Variable","name":{"kind":"Name","value":"legalBases"}}},{"kind":"Argument","name":{"kind":"Name","value":"activities"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activities"}}},{"kind":"Argument","name":{"kind":"Name","value":"budgetLines"},"value":{"kind":"Variable","name":{"kind":"Name","value":"budgetLines"}}},{"kind":"Argument","name":{"kind":"Name","value":"responsibilities"},"value":{"kind":"Variable","name":{"kind":"Name","value":"responsibilities"}}},{"kind":"Argument","name":{"kind":"Name","value":"recipients"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recipients"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"parentPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"citedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"quarters"}},{"kind":"Field","name":{"kind":"Name","value":"continuous"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"citedDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duties"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportingRequirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reportTo"}},{"kind":"Field","name":{"kind":"Name","value":"via"}},{"kind":"Field","name":{"kind":"Name","value":"dueDates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"recurringMonth"}},{"kind":"Field","name":{"kind":"Name","value":"recurringDay"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetNote"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"plannedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"spentAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetTotal"}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePlanMutation, CreatePlanMutationVariables>;
export const UpdatePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activities"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"budgetLines"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanBudgetLineInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endYear"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}},{"kind":"Argument","name":{"kind":"Name","value":"activities"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activities"}}},{"kind":"Argument","name":{"kind":"Name","value":"budgetLines"},"value":{"kind":"Variable","name":{"kind":"Name","value":"budgetLines"}}},{"kind":"Argument","name":{"kind":"Name","value":"endYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"parentPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"citedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"quarters"}},{"kind":"Field","name":{"kind":"Name","value":"continuous"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"citedDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duties"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportingRequirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reportTo"}},{"kind":"Field","name":{"kind":"Name","value":"via"}},{"kind":"Field","name":{"kind":"Name","value":"dueDates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"recurringMonth"}},{"kind":"Field","name":{"kind":"Name","value":"recurringDay"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetNote"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"plannedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"spentAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetTotal"}},{"kind":"Field","name":{"kind":"Name","value":"signature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePlanMutation, UpdatePlanMutationVariables>;
export const DeletePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<DeletePlanMutation, DeletePlanMutationVariables>;
export const CreateAdministrativeUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAdministrativeUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fullName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitLevel"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAdministrativeUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"fullName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fullName"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"parentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<CreateAdministrativeUnitMutation, CreateAdministrativeUnitMutationVariables>;
export const UnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Units"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AdministrativeUnitFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allAdministrativeUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"_allAdministrativeUnitsMeta"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<UnitsQuery, UnitsQueryVariables>;
export const AdministrativeUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdministrativeUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"AdministrativeUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<AdministrativeUnitQuery, AdministrativeUnitQueryVariables>;