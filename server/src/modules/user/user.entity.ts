import { Entity, ManyToOne, type Opt, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { VersionedEntity } from '../../common/versioned.entity';
import { Role } from '../../common/enums';
import { AdministrativeUnit } from '../unit/unit.entity';

/** A signed-in official, bound to one unit; their level is that unit's level. */
@ObjectType('User', { description: 'Người dùng (cán bộ) thuộc một đơn vị hành chính.' })
@Entity({ tableName: 'app_user' })
export class User extends VersionedEntity {
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', unique: true })
  username!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text' })
  displayName!: string;

  @Property({ type: 'text', hidden: true })
  passwordHash!: string;

  @ManyToOne({ entity: () => AdministrativeUnit, index: true })
  administrativeUnit!: AdministrativeUnit;

  @Field(() => [Role], { nullable: true })
  @Property({ type: 'json' })
  roles: Opt<Role[]> = [];

  @Field(() => Boolean, { nullable: true })
  @Property({ type: 'boolean', default: false })
  disabled: Opt<boolean> = false;

  /** Signed into every token; the database bumps it when the password changes or the account is disabled, ending those tokens. */
  @Property({ type: 'integer', default: 0, hidden: true })
  tokenVersion: Opt<number> = 0;

  /** SHA-256 of the secret in the user's calendar feed URL; the secret itself is shown once, when renewed. */
  @Property({ type: 'text', nullable: true, hidden: true })
  calendarSecretHash?: string | null;
}
