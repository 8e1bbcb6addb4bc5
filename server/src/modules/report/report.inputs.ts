import { ArgsType, Field, Float, ID, InputType } from 'type-graphql';
import { ReportKind, ReportStatus, ResultStatus } from '../../common/enums';
import { DateScalar, MoneyScalar } from '../../common/scalars';
import { PlanBudgetLineInput, RecipientInput, SignatureInput } from '../plan/plan.inputs';

@InputType('ReportSectionInput')
export class ReportSectionInput {
  @Field(() => String, { nullable: true }) label?: string;
  @Field(() => String) heading!: string;
  @Field(() => String) body!: string;
  @Field(() => [ReportSectionInput], { nullable: true, description: 'Các mục con.' }) children?: ReportSectionInput[];
}

@InputType('ReportMetricInput')
export class ReportMetricInput {
  @Field(() => String) name!: string;
  @Field(() => Float) value!: number;
  @Field(() => String) unit!: string;
}

@InputType('ReportResultInput')
export class ReportResultInput {
  @Field(() => ID, { nullable: true }) activityId?: string;
  @Field(() => String) heading!: string;
  @Field(() => String) outcome!: string;
  @Field(() => ResultStatus, { nullable: true, description: 'Bỏ trống khi báo cáo không đánh giá.' }) status?: ResultStatus | null;
}

@ArgsType()
export class ReportFields {
  @Field(() => String, { nullable: true }) title?: string;
  @Field(() => String, { nullable: true }) symbol?: string | null;
  @Field(() => ReportKind, { nullable: true }) kind?: ReportKind;
  @Field(() => ReportStatus, { nullable: true }) status?: ReportStatus;
  @Field(() => String, { nullable: true }) dateLabel?: string | null;
  @Field(() => DateScalar, { nullable: true }) issuedOn?: string | null;
  @Field(() => DateScalar, { nullable: true }) periodStart?: string;
  @Field(() => DateScalar, { nullable: true }) periodEnd?: string;
  @Field(() => ID, { nullable: true }) administrativeUnitId?: string;
  @Field(() => ID, { nullable: true }) issuingAgencyId?: string;
  @Field(() => ID, { nullable: true }) respondsToId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Nghĩa vụ báo cáo mà báo cáo này thực hiện.' }) obligationId?: string | null;
  @Field(() => [ID], { nullable: true }) subjectIds?: string[];
  @Field(() => [ID], { nullable: true }) citedDocumentIds?: string[];
  @Field(() => String, { nullable: true }) preamble?: string | null;
  @Field(() => [ReportSectionInput], { nullable: true }) sections?: ReportSectionInput[];
  @Field(() => [ReportMetricInput], { nullable: true }) metrics?: ReportMetricInput[];
  @Field(() => MoneyScalar, { nullable: true }) spending?: string | null;
  @Field(() => MoneyScalar, { nullable: true, description: 'Tổng kinh phí được bố trí như báo cáo nêu.' }) allocated?: string | null;
  @Field(() => [String], { nullable: true }) nextTasks?: string[];
  @Field(() => String, { nullable: true }) recommendations?: string | null;
  @Field(() => String, { nullable: true }) closing?: string | null;
  @Field(() => SignatureInput, { nullable: true }) signature?: SignatureInput;
  @Field(() => [ReportResultInput], { nullable: true }) results?: ReportResultInput[];
  @Field(() => [PlanBudgetLineInput], { nullable: true, description: 'Các khoản chi; gửi thì thay thế danh sách cũ.' })
  spendingLines?: PlanBudgetLineInput[];
  @Field(() => [RecipientInput], { nullable: true }) recipients?: RecipientInput[];
}
