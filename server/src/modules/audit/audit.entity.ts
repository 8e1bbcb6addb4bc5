import { Entity, Enum, ManyToOne, type Opt, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { PrincipalKind } from '../../common/enums';
import { AdministrativeUnit } from '../unit/unit.entity';
import type { FieldChange } from './audit-changes';

/** One change made through the API: who, when, which operation on which row, and which arguments were set. */
@ObjectType('AuditEntry', { description: 'Nhật ký thao tác: ai, lúc nào, thao tác gì trên bản ghi nào.' })
@Entity({ tableName: 'audit_entry' })
export class AuditEntry extends BaseEntity {
  @Enum({ items: () => PrincipalKind, nativeEnumName: 'principal_kind' })
  @Field(() => PrincipalKind, { nullable: true })
  actorKind!: PrincipalKind;

  @Field(() => ID, { nullable: true, description: 'Người dùng hoặc khóa truy cập đã thao tác.' })
  @Property({ type: 'integer', nullable: true })
  actorId?: number | null;

  /** The actor's unit: an admin reads the entries of actors within their scope. */
  @ManyToOne({ entity: () => AdministrativeUnit, nullable: true, index: true })
  administrativeUnit?: AdministrativeUnit | null;

  @Field(() => String, { nullable: true, description: 'Tên thao tác, ví dụ "updatePlan".' })
  @Property({ type: 'text' })
  operation!: string;

  @Field(() => String, { nullable: true, description: 'Loại bản ghi, ví dụ "Plan".' })
  @Property({ type: 'text', nullable: true })
  targetType?: string | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'text', nullable: true })
  targetId?: string | null;

  /** Names only, never values: arguments include passwords. */
  @Field(() => [String], { nullable: true, description: 'Các trường đã gửi.' })
  @Property({ type: 'json' })
  fields: Opt<string[]> = [];

  /** Each changed field's value before and after; never password hashes or secrets (see audit-changes.ts). */
  // Not named `changes`: that GraphQL field is resolved from it, with the values as JSON text.
  @Property({ type: 'json', nullable: true, fieldName: 'changes' })
  fieldChanges?: FieldChange[] | null;
}
