import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Agency } from '../agency/agency.entity';
import { Plan } from '../plan/plan.entity';
import { AdministrativeUnit } from '../unit/unit.entity';
import { budgetLineScope } from './budget-scope';
import { budgetSummary } from './budget-summary.service';
import { BudgetSummary, BudgetSummaryArgs, BudgetSummaryRow } from './budget-summary.types';

@Resolver(() => BudgetSummaryRow)
export class BudgetSummaryResolver {
  @Query(() => BudgetSummary, { description: 'Tổng hợp dự toán, được giao, đã chi theo các chiều chọn, trong phạm vi người gọi được xem.' })
  budgetSummary(@Args() { groupBy, unitLevel, filter }: BudgetSummaryArgs, @Ctx() ctx: Context) {
    return budgetSummary(ctx, budgetLineScope(ctx), groupBy, unitLevel, filter);
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true, description: 'Đơn vị (hoặc đơn vị cấp trên khi gộp theo cấp).' })
  administrativeUnit(@Root() row: BudgetSummaryRow, @Ctx() ctx: Context) {
    return ctx.loaders.one(AdministrativeUnit, row.administrativeUnitId ? { id: row.administrativeUnitId } : undefined);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'Cơ quan chủ trì.' })
  agency(@Root() row: BudgetSummaryRow, @Ctx() ctx: Context) {
    return ctx.loaders.one(Agency, row.agencyId ? { id: row.agencyId } : undefined);
  }

  @FieldResolver(() => Plan, { nullable: true })
  plan(@Root() row: BudgetSummaryRow, @Ctx() ctx: Context) {
    return ctx.loaders.one(Plan, row.planId ? { id: row.planId } : undefined);
  }
}
