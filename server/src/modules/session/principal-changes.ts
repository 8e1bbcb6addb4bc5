import type { EventArgs, EventSubscriber, MikroORM } from '@mikro-orm/postgresql';
import type { PrincipalCache } from '../../auth/principal-cache';
import { AdministrativeUnit } from '../unit/unit.entity';
import { User } from '../user/user.entity';

/** The channel the database announces principal changes on (migration 20261202080000). */
export const PRINCIPAL_CHANGES = 'principal_changed';

/**
 * This process's own writes to users and units forget at once what the cache holds, so the next request, even
 * before the database's announcement arrives, is checked against the change.
 */
export function forgetChangedPrincipals(orm: MikroORM, principals: PrincipalCache<unknown>): void {
  const forget = ({ entity }: EventArgs<User | AdministrativeUnit>) => principals.forget(entity instanceof User ? entity.id : '*');
  const subscriber: EventSubscriber<User | AdministrativeUnit> = {
    getSubscribedEntities: () => [User, AdministrativeUnit],
    afterUpdate: forget,
    afterDelete: forget,
  };
  orm.em.getEventManager().registerSubscriber(subscriber);
}
