import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Agency } from '../agency/agency.entity';
import { LegalDocument } from '../legal-document/legal-document.entity';
import { Plan } from './plan.entity';
import { PlanLegalBasis, Recipient, ReportingDeadline, ReportingRequirement, Responsibility } from './plan-parts.entity';

@Resolver(() => PlanLegalBasis)
export class PlanLegalBasisResolver {
  @FieldResolver(() => LegalDocument)
  document(@Root() basis: PlanLegalBasis, @Ctx() ctx: Context) {
    return ctx.loaders.one(LegalDocument, basis.document);
  }

  @FieldResolver(() => Plan)
  plan(@Root() basis: PlanLegalBasis, @Ctx() ctx: Context) {
    return ctx.loaders.one(Plan, basis.plan);
  }
}

@Resolver(() => Responsibility)
export class ResponsibilityResolver {
  @FieldResolver(() => Agency)
  agency(@Root() responsibility: Responsibility, @Ctx() ctx: Context) {
    return ctx.loaders.one(Agency, responsibility.agency);
  }
}

@Resolver(() => ReportingRequirement)
export class ReportingRequirementResolver {
  @FieldResolver(() => [ReportingDeadline], { description: 'Các hạn báo cáo.' })
  dueDates(@Root() requirement: ReportingRequirement, @Ctx() ctx: Context) {
    return ctx.loaders.many(ReportingDeadline, 'requirement', requirement, { id: 'asc' });
  }

  @FieldResolver(() => Agency, { nullable: true })
  reporter(@Root() requirement: ReportingRequirement, @Ctx() ctx: Context) {
    return ctx.loaders.one(Agency, requirement.reporter);
  }

  @FieldResolver(() => Agency, { nullable: true })
  reportToAgency(@Root() requirement: ReportingRequirement, @Ctx() ctx: Context) {
    return ctx.loaders.one(Agency, requirement.reportToAgency);
  }

  @FieldResolver(() => Agency, { nullable: true })
  viaAgency(@Root() requirement: ReportingRequirement, @Ctx() ctx: Context) {
    return ctx.loaders.one(Agency, requirement.viaAgency);
  }
}

@Resolver(() => Recipient)
export class RecipientResolver {
  @FieldResolver(() => Agency, { nullable: true })
  agency(@Root() recipient: Recipient, @Ctx() ctx: Context) {
    return ctx.loaders.one(Agency, recipient.agency);
  }
}
