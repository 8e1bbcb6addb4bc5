import { Field, ObjectType } from 'type-graphql';
import { PrincipalKind } from '../../common/enums';

@ObjectType('FieldChange', { description: 'Một trường đã đổi: giá trị trước và sau (dạng JSON).' })
export class FieldChangeType {
  @Field(() => String, { description: 'Tên trường, ví dụ "title", "signature.signerName", "budgetLines".' }) field!: string;
  @Field(() => String, { nullable: true, description: 'Giá trị trước, JSON; trống khi chưa có.' }) before!: string | null;
  @Field(() => String, { nullable: true, description: 'Giá trị sau, JSON; trống khi đã xóa.' }) after!: string | null;
}

@ObjectType('HistoryEntry', { description: 'Một lần thay đổi bản ghi: ai, lúc nào, đổi những gì.' })
export class HistoryEntry {
  @Field(() => Date) at!: Date;
  @Field(() => String, { description: 'Thao tác, ví dụ "updatePlan".' }) operation!: string;
  @Field(() => PrincipalKind) actorKind!: PrincipalKind;
  @Field(() => String, { nullable: true, description: 'Tên người thao tác; chỉ người dùng đã đăng nhập được xem.' }) actorName!:
    string | null;
  @Field(() => [FieldChangeType], { description: 'Các trường đã đổi mà người gọi được xem.' }) changes!: FieldChangeType[];
}

export const toChangeType = (c: { field: string; before: unknown; after: unknown }): FieldChangeType => ({
  field: c.field,
  before: c.before === null || c.before === undefined ? null : JSON.stringify(c.before),
  after: c.after === null || c.after === undefined ? null : JSON.stringify(c.after),
});
