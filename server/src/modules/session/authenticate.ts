import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { timingSafeEqual } from 'node:crypto';
import { type Principal, PrincipalKind, PUBLIC } from '../../auth/principal';
import { sha256 } from '../../auth/tokens';
import type { Services, SignedInUser } from '../../context';
import { columnOf, metadataOf, tableOf } from '../../kernel/data/sql-names';
import { ApiClient } from '../api-client/api-client.entity';
import { AdministrativeUnit } from '../unit/unit.entity';
import { User } from '../user/user.entity';

/** API client secrets look like `ttdn_<id>_<random>`, so the row is found without scanning hashes. */
const CLIENT_SECRET = /^ttdn_(\d+)_[A-Za-z0-9_-]{32,}$/;
const LAST_USED_GRANULARITY_MS = 60_000;

export const unauthenticated = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

export const principalOfUser = (user: User): Principal => ({
  kind: PrincipalKind.USER,
  id: user.id,
  unitId: user.administrativeUnit.id,
  unitPath: user.administrativeUnit.path,
  unitLevel: user.administrativeUnit.level,
  roles: user.roles,
});

/**
 * The caller of one request, from its `Authorization` header. No header is the public; a header that
 * does not check out is refused outright rather than silently treated as public, so a client with an
 * expired token learns it must sign in again.
 */
export async function authenticate(
  em: EntityManager,
  services: Pick<Services, 'tokens' | 'principals'>,
  header: string | undefined,
): Promise<Principal> {
  if (!header) return PUBLIC;
  const [scheme, credential] = header.split(' ');
  if (scheme?.toLowerCase() !== 'bearer' || !credential) throw unauthenticated('Tiêu đề Authorization phải có dạng "Bearer <mã>".');
  const client = CLIENT_SECRET.exec(credential);
  return client ? authenticateClient(em, Number(client[1]), credential) : authenticateUser(em, services, credential);
}

/**
 * What a signed-in request needs of its user, in one plain statement (loading the user and unit as entities cost
 * more than the rest of a plan page), when the principal cache does not have it. From the primary, so a replica a
 * moment behind never accepts a token that was just revoked.
 */
async function signedInRow(em: EntityManager, userId: number): Promise<SignedInUser | undefined> {
  const users = metadataOf(em, User.name);
  const units = metadataOf(em, AdministrativeUnit.name);
  const u = (property: string) => `u.${columnOf(users, property)}`;
  const a = (property: string) => `a.${columnOf(units, property)}`;
  const [row] = await em.getConnection('write').execute<SignedInUser[]>(
    `select ${u('tokenVersion')} as token_version, ${u('disabled')} as disabled, ${u('roles')} as roles,
       ${a('id')} as unit_id, ${a('path')} as unit_path, ${a('level')} as unit_level
     from ${tableOf(users)} u join ${tableOf(units)} a on ${a('id')} = ${u('administrativeUnit')} where ${u('id')} = ?`,
    [userId],
  );
  return row;
}

async function authenticateUser(
  em: EntityManager,
  { tokens, principals }: Pick<Services, 'tokens' | 'principals'>,
  token: string,
): Promise<Principal> {
  const subject = await tokens.verify(token);
  const user = subject === undefined ? undefined : await principals.get(subject.userId, () => signedInRow(em, subject.userId));
  if (!user || user.token_version !== subject?.version)
    throw unauthenticated('Phiên đăng nhập không hợp lệ hoặc đã hết hạn. Vui lòng đăng nhập lại.');
  if (user.disabled) throw unauthenticated('Tài khoản đã bị khóa.');
  return {
    kind: PrincipalKind.USER,
    id: subject.userId,
    unitId: user.unit_id,
    unitPath: user.unit_path,
    unitLevel: user.unit_level,
    roles: user.roles,
  };
}

async function authenticateClient(em: EntityManager, id: number, secret: string): Promise<Principal> {
  const client = await em.findOne(ApiClient, { id }, { populate: ['administrativeUnit'], strategy: 'joined', connectionType: 'write' });
  const matches = client && timingSafeEqual(Buffer.from(sha256(secret)), Buffer.from(client.secretHash));
  if (!client || !matches || client.disabled) throw unauthenticated('Khóa truy cập không hợp lệ hoặc đã bị thu hồi.');
  const now = new Date();
  if (!client.lastUsedAt || now.getTime() - client.lastUsedAt.getTime() > LAST_USED_GRANULARITY_MS) {
    await em.nativeUpdate(ApiClient, { id }, { lastUsedAt: now });
  }
  return {
    kind: PrincipalKind.REPORTING_CLIENT,
    id: client.id,
    unitId: client.administrativeUnit.id,
    unitPath: client.administrativeUnit.path,
    unitLevel: client.administrativeUnit.level,
    roles: [],
  };
}
