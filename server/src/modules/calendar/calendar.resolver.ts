import { Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import type { ModuleDeclaration } from '../../kernel/data/resource';
import { calendarPath, renewCalendarSecret } from './calendar.feed';
import { calendarRules } from './calendar.rules';

@Resolver()
export class CalendarResolver {
  @Mutation(() => String, {
    description: 'Tạo (hoặc đổi) đường dẫn lịch riêng /calendar/<mã>.ics của người dùng; đường dẫn cũ hết hiệu lực. Chỉ hiện một lần.',
  })
  async renewCalendarFeed(@Ctx() ctx: Context) {
    return calendarPath(await renewCalendarSecret(ctx.em, ctx.auth.id!));
  }
}

export const calendarModule: ModuleDeclaration = { resources: [], rules: [calendarRules], resolvers: [CalendarResolver] };
