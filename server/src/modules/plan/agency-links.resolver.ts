import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Agency } from '../agency/agency.entity';
import { linkedAgencies } from './agency-links';
import { Recipient, ReportingRequirement, Responsibility } from './plan-parts.entity';

/** Lines of a document that name several agencies at once. */
@Resolver(() => Responsibility)
export class ResponsibilityLinksResolver {
  @FieldResolver(() => [Agency], { description: 'Các cơ quan khác cùng được giao những nhiệm vụ này.' })
  sharedWith(@Root() responsibility: Responsibility, @Ctx() ctx: Context) {
    return linkedAgencies(ctx, 'responsibility_agency', 'responsibility_id', responsibility.id);
  }
}

@Resolver(() => ReportingRequirement)
export class ReportingRequirementLinksResolver {
  @FieldResolver(() => [Agency], { description: 'Mọi cơ quan nhận báo cáo khi dòng nêu nhiều cơ quan.' })
  reportToAgencies(@Root() requirement: ReportingRequirement, @Ctx() ctx: Context) {
    return linkedAgencies(ctx, 'reporting_requirement_agency', 'reporting_requirement_id', requirement.id);
  }
}

@Resolver(() => Recipient)
export class RecipientLinksResolver {
  @FieldResolver(() => [Agency], { description: 'Mọi cơ quan dòng nơi nhận này nêu.' })
  agencies(@Root() recipient: Recipient, @Ctx() ctx: Context) {
    return linkedAgencies(ctx, 'recipient_agency', 'recipient_id', recipient.id);
  }
}
