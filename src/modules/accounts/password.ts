import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id with the OWASP-recommended minimum: 19 MiB of memory, 2 iterations, 1 lane.
 * Changing these only affects new hashes; `verifyPassword` reads the parameters from each hash.
 */
export const passwordHashing = {
  // Algorithm.Argon2id: the package's const enum cannot be imported under verbatimModuleSyntax.
  algorithm: 2,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const passwordLength = { min: 8, max: 128 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, passwordHashing);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}
