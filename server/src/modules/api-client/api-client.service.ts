import { randomBytes } from 'node:crypto';
import { ArgsType, Field, ID } from 'type-graphql';
import { sha256 } from '../../auth/tokens';
import { requireFields } from '../../common/errors';
import { requireRef } from '../../common/refs';
import type { Write } from '../../kernel/data/write';
import { AdministrativeUnit } from '../unit/unit.entity';
import { ApiClient } from './api-client.entity';

@ArgsType()
export class ApiClientFields {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => ID, { nullable: true }) administrativeUnitId?: string;
}

/** A new key; its secret names the row (`ttdn_<id>_…`), so it is made once the id is known, and shown only now. */
export async function createApiClient({ em }: Write, { name, administrativeUnitId }: ApiClientFields): Promise<ApiClient> {
  requireFields({ name: name?.trim(), administrativeUnitId }, ['name', 'administrativeUnitId']);
  const client = new ApiClient();
  client.name = name!.trim();
  client.administrativeUnit = await requireRef(em, AdministrativeUnit, administrativeUnitId!, 'administrativeUnitId', 'đơn vị hành chính');
  client.secretHash = sha256(randomBytes(8).toString('hex')); // placeholder until the id is known
  await em.persist(client).flush();
  const secret = `ttdn_${client.id}_${randomBytes(32).toString('base64url')}`;
  client.secretHash = sha256(secret);
  await em.flush();
  client.secret = secret;
  return client;
}
