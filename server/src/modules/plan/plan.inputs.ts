import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import {
  ActivityCategory,
  ActivityStatus,
  BudgetSource,
  FactSource,
  LegalBasisKind,
  ParticipantRole,
  PlanStatus,
  RecipientPurpose,
} from '../../common/enums';
import { DateScalar, MoneyScalar } from '../../common/scalars';

@InputType('PeriodInput')
export class PeriodInput {
  @Field(() => DateScalar) startDate!: string;
  @Field(() => DateScalar) endDate!: string;
}

@InputType('ScheduleInput')
export class ScheduleInput {
  @Field(() => String, { nullable: true }) label?: string;
  @Field(() => DateScalar, { nullable: true }) startDate?: string;
  @Field(() => DateScalar, { nullable: true }) endDate?: string;
  @Field(() => [Int], { nullable: true }) quarters?: number[];
  @Field(() => Boolean, { nullable: true }) continuous?: boolean;
  @Field(() => [PeriodInput], { nullable: true, description: 'Các khoảng thời gian; bỏ trống thì tính từ quý và ngày bắt đầu, kết thúc.' })
  periods?: PeriodInput[];
  @Field(() => FactSource, { nullable: true }) source?: FactSource;
}

@InputType('ParticipantInput')
export class ParticipantInput {
  @Field(() => ID) agencyId!: string;
  @Field(() => ParticipantRole) role!: ParticipantRole;
  @Field(() => String, { nullable: true }) note?: string;
  @Field(() => FactSource, { nullable: true, description: 'Mặc định PRINTED.' }) source?: FactSource;
}

@InputType('ActivityInput', { description: 'Một nội dung của kế hoạch; có `id` thì sửa nội dung đó, không có thì thêm mới.' })
export class ActivityInput {
  @Field(() => ID, { nullable: true }) id?: string;
  @Field(() => String) label!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) description?: string;
  @Field(() => ActivityCategory, { nullable: true }) category?: ActivityCategory;
  @Field(() => ScheduleInput, { nullable: true }) schedule?: ScheduleInput;
  @Field(() => String, { nullable: true }) location?: string;
  @Field(() => ActivityStatus, { nullable: true }) status?: ActivityStatus;
  @Field(() => Int, { nullable: true }) progress?: number;
  @Field(() => Boolean, { nullable: true }) confidential?: boolean;
  @Field(() => [ParticipantInput], { nullable: true }) participants?: ParticipantInput[];
  @Field(() => [ID], { nullable: true }) citedDocumentIds?: string[];
  @Field(() => [ActivityInput], { nullable: true, description: 'Nội dung con (7.a, 7.b).' }) children?: ActivityInput[];
}

@InputType('PlanBudgetLineInput')
export class PlanBudgetLineInput {
  @Field(() => ID, { nullable: true }) id?: string;
  @Field(() => Int) fiscalYear!: number;
  @Field(() => BudgetSource) source!: BudgetSource;
  @Field(() => String) description!: string;
  @Field(() => MoneyScalar, { nullable: true }) plannedAmount?: string | null;
  @Field(() => MoneyScalar, { nullable: true }) allocatedAmount?: string | null;
  @Field(() => MoneyScalar, { nullable: true }) spentAmount?: string | null;
  @Field(() => String, { nullable: true, description: 'Số thứ tự của nội dung mà dòng kinh phí này thuộc về.' }) activityLabel?: string;
  @Field(() => ID, { nullable: true, description: 'Cơ quan giữ kinh phí.' }) holderId?: string | null;
  @Field(() => String, { nullable: true, description: 'Số mục của báo cáo mà khoản chi thuộc về.' }) section?: string | null;
}

@InputType('LegalBasisInput')
export class LegalBasisInput {
  @Field(() => ID) documentId!: string;
  @Field(() => LegalBasisKind) kind!: LegalBasisKind;
}

@InputType('ResponsibilityInput')
export class ResponsibilityInput {
  @Field(() => ID) agencyId!: string;
  @Field(() => [ID], { nullable: true, description: 'Các cơ quan cùng được giao những nhiệm vụ này.' }) sharedWithIds?: string[];
  @Field(() => [String]) duties!: string[];
  @Field(() => FactSource, { nullable: true }) source?: FactSource;
}

@InputType('ReportingDeadlineInput')
export class ReportingDeadlineInput {
  @Field(() => String) label!: string;
  @Field(() => DateScalar, { nullable: true }) dueDate?: string;
  @Field(() => Int, { nullable: true }) recurringMonth?: number;
  @Field(() => Int, { nullable: true }) recurringDay?: number;
}

@InputType('ReportingRequirementInput')
export class ReportingRequirementInput {
  @Field(() => String) description!: string;
  @Field(() => ID, { nullable: true }) reporterId?: string;
  @Field(() => String) reportTo!: string;
  @Field(() => ID, { nullable: true }) reportToAgencyId?: string;
  @Field(() => [ID], { nullable: true, description: 'Mọi cơ quan nhận báo cáo khi dòng nêu nhiều cơ quan.' }) reportToAgencyIds?: string[];
  @Field(() => String, { nullable: true }) via?: string;
  @Field(() => ID, { nullable: true }) viaAgencyId?: string;
  @Field(() => [ReportingDeadlineInput], { nullable: true }) deadlines?: ReportingDeadlineInput[];
}

@InputType('RecipientInput')
export class RecipientInput {
  @Field(() => String) name!: string;
  @Field(() => ID, { nullable: true }) agencyId?: string;
  @Field(() => [ID], { nullable: true, description: 'Mọi cơ quan dòng này nêu ("TT/Tỉnh ủy, TT/HĐND tỉnh").' }) agencyIds?: string[];
  @Field(() => RecipientPurpose) purpose!: RecipientPurpose;
}

@InputType('SignatureInput')
export class SignatureInput {
  @Field(() => String, { nullable: true }) authority?: string;
  @Field(() => String, { nullable: true }) position?: string;
  @Field(() => String, { nullable: true }) signerName?: string;
}

/** Every field of a plan a client may send; lists, when sent, replace what the plan had. */
@ArgsType()
export class PlanFields {
  @Field(() => String, { nullable: true }) title?: string;
  @Field(() => String, { nullable: true }) symbol?: string | null;
  @Field(() => String, { nullable: true }) place?: string | null;
  @Field(() => DateScalar, { nullable: true }) issuedOn?: string | null;
  @Field(() => String, { nullable: true }) dateLabel?: string | null;
  @Field(() => PlanStatus, { nullable: true }) status?: PlanStatus;
  @Field(() => Int, { nullable: true }) startYear?: number;
  @Field(() => Int, { nullable: true }) endYear?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Đang có hiệu lực nhưng bản lưu mất số và ngày.' }) numberUnknown?: boolean;
  @Field(() => ID, { nullable: true }) administrativeUnitId?: string;
  @Field(() => ID, { nullable: true }) issuingAgencyId?: string;
  @Field(() => ID, { nullable: true }) parentPlanId?: string | null;
  @Field(() => ID, { nullable: true }) documentId?: string | null;
  @Field(() => String, { nullable: true }) preamble?: string | null;
  @Field(() => [String], { nullable: true }) objectives?: string[];
  @Field(() => [String], { nullable: true }) requirements?: string[];
  @Field(() => String, { nullable: true }) budgetNote?: string | null;
  @Field(() => String, { nullable: true, description: 'Hạn mặc định MM-DD cho báo cáo định kỳ hằng năm không ghi ngày.' })
  defaultReportDue?: string | null;
  @Field(() => String, { nullable: true }) closing?: string | null;
  @Field(() => String, { nullable: true }) internalNote?: string | null;
  @Field(() => SignatureInput, { nullable: true }) signature?: SignatureInput;
  @Field(() => [LegalBasisInput], { nullable: true }) legalBases?: LegalBasisInput[];
  @Field(() => [ActivityInput], { nullable: true }) activities?: ActivityInput[];
  @Field(() => [PlanBudgetLineInput], { nullable: true }) budgetLines?: PlanBudgetLineInput[];
  @Field(() => [ResponsibilityInput], { nullable: true }) responsibilities?: ResponsibilityInput[];
  @Field(() => [ReportingRequirementInput], { nullable: true }) reportingRequirements?: ReportingRequirementInput[];
  @Field(() => [RecipientInput], { nullable: true }) recipients?: RecipientInput[];
}
