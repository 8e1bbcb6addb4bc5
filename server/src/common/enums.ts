import { registerEnumType } from 'type-graphql';

/** Every enum the API exposes, registered once so the schema names them consistently. */
export enum UnitLevel {
  CENTRAL = 'CENTRAL',
  PROVINCE = 'PROVINCE',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
}
export enum UnitKind {
  NATION = 'NATION',
  PROVINCE = 'PROVINCE',
  MUNICIPALITY = 'MUNICIPALITY',
  RURAL_DISTRICT = 'RURAL_DISTRICT',
  TOWN = 'TOWN',
  PROVINCIAL_CITY = 'PROVINCIAL_CITY',
  COMMUNE = 'COMMUNE',
  WARD = 'WARD',
  TOWNSHIP = 'TOWNSHIP',
}
export enum AgencyKind {
  PARTY = 'PARTY',
  PARTY_BOARD = 'PARTY_BOARD',
  PEOPLES_COUNCIL = 'PEOPLES_COUNCIL',
  PEOPLES_COMMITTEE = 'PEOPLES_COMMITTEE',
  MINISTRY = 'MINISTRY',
  DEPARTMENT = 'DEPARTMENT',
  DIVISION = 'DIVISION',
  OFFICE = 'OFFICE',
  BOARD = 'BOARD',
  MEDIA = 'MEDIA',
  POLICE = 'POLICE',
  MILITARY = 'MILITARY',
  MASS_ORGANIZATION = 'MASS_ORGANIZATION',
  PUBLIC_SERVICE = 'PUBLIC_SERVICE',
  COLLECTIVE = 'COLLECTIVE',
  OTHER = 'OTHER',
}
export enum DocumentType {
  LAW = 'LAW',
  DECREE = 'DECREE',
  CIRCULAR = 'CIRCULAR',
  DECISION = 'DECISION',
  DIRECTIVE = 'DIRECTIVE',
  CONCLUSION = 'CONCLUSION',
  RESOLUTION = 'RESOLUTION',
  PLAN = 'PLAN',
  PROGRAM = 'PROGRAM',
  SCHEME = 'SCHEME',
  STRATEGY = 'STRATEGY',
  OFFICIAL_LETTER = 'OFFICIAL_LETTER',
  REPORT = 'REPORT',
  OTHER = 'OTHER',
}
export enum LegalBasisKind {
  BASIS = 'BASIS',
  IMPLEMENTS = 'IMPLEMENTS',
  REFERENCES = 'REFERENCES',
  AMENDS = 'AMENDS',
}
export enum PlanStatus {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  ISSUED = 'ISSUED',
  CANCELLED = 'CANCELLED',
}
export enum ParticipantRole {
  LEAD = 'LEAD',
  COORDINATING = 'COORDINATING',
  ADVISORY = 'ADVISORY',
  IMPLEMENTING = 'IMPLEMENTING',
}
export enum ActivityCategory {
  GUIDANCE = 'GUIDANCE',
  PROPAGANDA = 'PROPAGANDA',
  COMMEMORATION = 'COMMEMORATION',
  PROMOTION = 'PROMOTION',
  INVESTMENT_PROMOTION = 'INVESTMENT_PROMOTION',
  PRESS = 'PRESS',
  COUNTER_DISINFORMATION = 'COUNTER_DISINFORMATION',
  TRAINING = 'TRAINING',
  EXCHANGE = 'EXCHANGE',
  DIGITAL = 'DIGITAL',
  EXHIBITION = 'EXHIBITION',
  COORDINATION = 'COORDINATION',
  RESOURCES = 'RESOURCES',
  OTHER = 'OTHER',
}
export enum ActivityStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
export enum BudgetSource {
  LOCAL_BUDGET = 'LOCAL_BUDGET',
  CENTRAL_SUPPORT = 'CENTRAL_SUPPORT',
  SOCIALIZED = 'SOCIALIZED',
  OTHER_LEGAL = 'OTHER_LEGAL',
}
export enum RecipientPurpose {
  EXECUTION = 'EXECUTION',
  REPORT = 'REPORT',
  INFORMATION = 'INFORMATION',
  ARCHIVE = 'ARCHIVE',
}
export enum ReportKind {
  PERIODIC = 'PERIODIC',
  THEMATIC = 'THEMATIC',
  AD_HOC = 'AD_HOC',
}
export enum ReportStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  RETURNED = 'RETURNED',
}
export enum ResultStatus {
  DONE = 'DONE',
  PARTIAL = 'PARTIAL',
  NOT_DONE = 'NOT_DONE',
  NONE = 'NONE',
}
export enum Role {
  VIEWER = 'VIEWER',
  EDITOR = 'EDITOR',
  FINANCE = 'FINANCE',
  APPROVER = 'APPROVER',
  ADMIN = 'ADMIN',
}
export enum PrincipalKind {
  PUBLIC = 'PUBLIC',
  USER = 'USER',
  REPORTING_CLIENT = 'REPORTING_CLIENT',
}
export enum FactSource {
  PRINTED = 'PRINTED',
  INFERRED = 'INFERRED',
}
export enum SortOrder {
  ASC = 'ASC',
  DESC = 'DESC',
}

const enums: [object, string, string][] = [
  [PrincipalKind, 'PrincipalKind', 'Loại người gọi: công chúng, người dùng, công cụ báo cáo'],
  [UnitLevel, 'UnitLevel', 'Cấp hành chính'],
  [UnitKind, 'UnitKind', 'Loại đơn vị hành chính'],
  [AgencyKind, 'AgencyKind', 'Loại cơ quan'],
  [DocumentType, 'DocumentType', 'Loại văn bản'],
  [LegalBasisKind, 'LegalBasisKind', 'Quan hệ với văn bản: căn cứ, thực hiện, dẫn chiếu, sửa đổi'],
  [PlanStatus, 'PlanStatus', 'Trạng thái kế hoạch'],
  [ParticipantRole, 'ParticipantRole', 'Vai trò: chủ trì, phối hợp, tham mưu, thực hiện'],
  [ActivityCategory, 'ActivityCategory', 'Nhóm nhiệm vụ'],
  [ActivityStatus, 'ActivityStatus', 'Tiến độ nhiệm vụ'],
  [BudgetSource, 'BudgetSource', 'Nguồn kinh phí'],
  [RecipientPurpose, 'RecipientPurpose', 'Mục đích gửi: thực hiện, báo cáo, để biết, lưu'],
  [ReportKind, 'ReportKind', 'Loại báo cáo'],
  [ReportStatus, 'ReportStatus', 'Trạng thái báo cáo'],
  [ResultStatus, 'ResultStatus', 'Kết quả thực hiện'],
  [Role, 'Role', 'Vai trò người dùng'],
  [SortOrder, 'SortOrder', 'Thứ tự sắp xếp'],
  [FactSource, 'FactSource', 'Nguồn của một thông tin: in trong văn bản hay do người nhập suy ra'],
];
for (const [enumObj, name, description] of enums) registerEnumType(enumObj, { name, description });
