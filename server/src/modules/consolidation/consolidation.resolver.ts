import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { notFound } from '../../common/errors';
import { DateScalar } from '../../common/scalars';
import type { Context } from '../../context';
import type { ModuleDeclaration } from '../../kernel/data/resource';
import { Report } from '../report/report.entity';
import { AdministrativeUnit } from '../unit/unit.entity';
import { consolidationRules } from './consolidation.rules';
import { consolidateReports } from './consolidation.service';

@Resolver(() => Report)
export class ConsolidationResolver {
  @Mutation(() => Report, { description: 'Tạo dự thảo báo cáo tổng hợp từ các báo cáo đã được chấp nhận của đơn vị trực thuộc trong kỳ.' })
  async consolidateReports(
    @Arg('unitId', () => ID) unitId: string,
    @Arg('periodStart', () => DateScalar) periodStart: string,
    @Arg('periodEnd', () => DateScalar) periodEnd: string,
    @Ctx() ctx: Context,
  ) {
    const unit = Number.isSafeInteger(Number(unitId)) ? await ctx.loaders.one(AdministrativeUnit, { id: Number(unitId) }) : undefined;
    if (!unit) throw notFound('unitId', 'đơn vị hành chính', unitId);
    return ctx.em.transactional((em) => consolidateReports({ em, ctx }, { unitId: unit.id, periodStart, periodEnd }));
  }
}

export const consolidationModule: ModuleDeclaration = { resources: [], rules: [consolidationRules], resolvers: [ConsolidationResolver] };
