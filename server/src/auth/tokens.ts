import { jwtVerify, SignJWT } from 'jose';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** API client secrets are stored as this digest: 256 random bits need no slow hash. */
export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const ISSUER = 'ttdn';
const TOKEN_LIFETIME = '8h';

/** Signs and checks session tokens (HS256). The key lives in the app instance, never at module level. */
export class TokenService {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    this.key = new TextEncoder().encode(secret);
  }

  sign(userId: number): Promise<string> {
    return new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(String(userId)).setIssuer(ISSUER)
      .setIssuedAt().setExpirationTime(TOKEN_LIFETIME).sign(this.key);
  }

  /** The user id, or undefined for an expired, tampered or foreign token. */
  async verify(token: string): Promise<number | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, algorithms: ['HS256'] });
      const id = Number(payload.sub);
      return Number.isInteger(id) ? id : undefined;
    } catch {
      return undefined;
    }
  }
}

/** `JWT_SECRET`, or one generated on first start and kept in the data folder so sessions survive restarts. */
export function jwtSecret(dataDir: string): string {
  if (process.env.JWT_SECRET) return process.env.JWT_SECRET;
  const file = path.join(dataDir, 'jwt-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  return fs.readFileSync(file, 'utf8').trim();
}
