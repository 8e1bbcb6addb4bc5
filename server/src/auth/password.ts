import { hash, verify } from '@node-rs/argon2';

/**
 * Argon2id password hashes (PHC strings, `$argon2id$v=19$m=…`), through @node-rs/argon2: its prebuilt
 * binaries load on these machines, where the `argon2` package's prebuilt add-on crashed.
 * The PHC string carries its own parameters, so they can be raised later without breaking old hashes.
 */
export const hashPassword = (password: string): Promise<string> => hash(password);

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false; // a malformed stored hash never signs anyone in
  }
}
