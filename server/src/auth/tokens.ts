import { jwtVerify, SignJWT } from 'jose';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** API client secrets are stored as this digest: 256 random bits need no slow hash. */
export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const ISSUER = 'ttdn';
const TOKEN_LIFETIME = '8h';
/** HS256 needs a key at least as long as its hash (RFC 7518 §3.2). */
export const MIN_SECRET_BYTES = 32;

export interface TokenSubject {
  userId: number;
  /** The user's token version when it was signed; disabling the user or changing the password bumps it. */
  version: number;
}

/** Tokens whose signature was checked, kept so a client's next requests skip the check (a bounded number). */
const CHECKED_TOKENS = 10_000;

/** Signs and checks session tokens (HS256). The key lives in the app instance, never at module level. */
export class TokenService {
  private readonly key: Uint8Array;
  /**
   * Token → whom it was signed for and until when. A signature check costs more than the rest of a small read, and
   * a token checks out the same way every time until it expires; whether it was revoked is asked of the database
   * on every request all the same (the user's token version).
   */
  private readonly checked = new Map<string, TokenSubject & { expiresAt: number }>();

  constructor(secret: string) {
    this.key = new TextEncoder().encode(secret);
    if (this.key.length < MIN_SECRET_BYTES)
      throw new Error(`JWT_SECRET phải dài ít nhất ${MIN_SECRET_BYTES} byte (hiện ${this.key.length}).`);
  }

  sign({ userId, version }: TokenSubject): Promise<string> {
    return new SignJWT({ ver: version })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(String(userId))
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(TOKEN_LIFETIME)
      .sign(this.key);
  }

  /** Whom the token was signed for, or undefined for an expired, tampered or foreign token. */
  async verify(token: string): Promise<TokenSubject | undefined> {
    const known = this.checked.get(token);
    if (known && known.expiresAt > Date.now()) return { userId: known.userId, version: known.version };
    this.checked.delete(token);
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, algorithms: ['HS256'] });
      const userId = Number(payload.sub);
      if (!Number.isInteger(userId) || typeof payload.ver !== 'number' || typeof payload.exp !== 'number') return undefined;
      const subject = { userId, version: payload.ver };
      if (this.checked.size >= CHECKED_TOKENS) this.checked.delete(this.checked.keys().next().value!);
      this.checked.set(token, { ...subject, expiresAt: payload.exp * 1000 });
      return subject;
    } catch {
      return undefined;
    }
  }
}

/** `JWT_SECRET`, or one generated on first start and kept in the data folder so sessions survive restarts. */
export function jwtSecret(dataDir: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.JWT_SECRET) return env.JWT_SECRET;
  const file = path.join(dataDir, 'jwt-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  return fs.readFileSync(file, 'utf8').trim();
}
