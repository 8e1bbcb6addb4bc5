import { ArgsType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ActivityCategory, BudgetSource, UnitLevel } from '../../common/enums';
import { MoneyScalar } from '../../common/scalars';
import { BudgetLineFilter } from './budget-line.list';

export enum BudgetDimension {
  ADMINISTRATIVE_UNIT = 'ADMINISTRATIVE_UNIT',
  FISCAL_YEAR = 'FISCAL_YEAR',
  SOURCE = 'SOURCE',
  AGENCY = 'AGENCY',
  CATEGORY = 'CATEGORY',
  PLAN = 'PLAN',
  REPORTING_PERIOD = 'REPORTING_PERIOD',
}
registerEnumType(BudgetDimension, {
  name: 'BudgetDimension',
  description:
    'Chiều tổng hợp kinh phí. AGENCY là cơ quan chủ trì nội dung (cơ quan ban hành khi dòng không gắn nội dung). REPORTING_PERIOD là kỳ của báo cáo nêu khoản chi (trống với dòng của kế hoạch).',
});

@ArgsType()
export class BudgetSummaryArgs {
  @Field(() => [BudgetDimension], { description: 'Các chiều nhóm theo, theo thứ tự; rỗng thì chỉ có tổng.' })
  groupBy!: BudgetDimension[];

  @Field(() => UnitLevel, {
    nullable: true,
    description: 'Gộp đơn vị lên cấp này (ví dụ PROVINCE: mọi huyện, xã cộng vào tỉnh). Đơn vị ở cấp cao hơn giữ nguyên.',
  })
  unitLevel?: UnitLevel;

  @Field(() => BudgetLineFilter, { nullable: true })
  filter?: BudgetLineFilter;
}

/** One group; the dimension fields not grouped by are null. */
@ObjectType('BudgetSummaryRow', { description: 'Một nhóm trong bảng tổng hợp kinh phí.' })
export class BudgetSummaryRow {
  administrativeUnitId?: number | null;
  agencyId?: number | null;
  planId?: number | null;

  @Field(() => Int, { nullable: true }) fiscalYear?: number | null;
  @Field(() => BudgetSource, { nullable: true }) source?: BudgetSource | null;
  @Field(() => ActivityCategory, { nullable: true }) category?: ActivityCategory | null;
  @Field(() => String, { nullable: true, description: 'Kỳ báo cáo, dạng "YYYY-MM-DD/YYYY-MM-DD"; trống với dòng của kế hoạch.' })
  reportingPeriod?: string | null;
  @Field(() => MoneyScalar, { description: 'Tổng dự toán.' }) plannedAmount!: string;
  @Field(() => MoneyScalar, { description: 'Tổng được giao.' }) allocatedAmount!: string;
  @Field(() => MoneyScalar, { description: 'Tổng đã chi.' }) spentAmount!: string;
  @Field(() => MoneyScalar, { description: 'Dự toán ghi trong các kế hoạch (chỉ dòng của kế hoạch).' }) plannedInPlans!: string;
  @Field(() => MoneyScalar, { description: 'Số đã chi do các báo cáo nêu (chỉ dòng của báo cáo).' }) spentInReports!: string;
  @Field(() => Int, { description: 'Số dòng kinh phí.' }) lineCount!: number;
}

@ObjectType('BudgetSummary', { description: 'Tổng hợp kinh phí trong phạm vi người gọi được xem.' })
export class BudgetSummary {
  @Field(() => [BudgetSummaryRow]) rows!: BudgetSummaryRow[];
  @Field(() => BudgetSummaryRow, { description: 'Tổng của mọi nhóm.' }) total!: BudgetSummaryRow;
  @Field(() => Int, {
    description:
      'Số dòng kinh phí ngoài phạm vi được xem (không tính vào tổng), chỉ đếm theo năm ngân sách và nguồn nếu có lọc; các bộ lọc khác không ảnh hưởng.',
  })
  excludedLineCount!: number;
}
