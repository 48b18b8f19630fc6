import type { Config } from '../../config.js';
import type { DatabaseHandle } from '../../platform/db/database.js';
import { loadAppSecret } from '../setup/app-secret.js';
import { keyDidUrl } from './did-web.js';
import { addIssuerKey, listIssuerKeys } from './issuer-keys.js';

/**
 * `jpcoops keys rotate|list`: the issuer's signing keys. Rotation adds a key that signs from now on;
 * old public keys stay in the DID document, so credentials they signed keep verifying.
 */
export async function runKeysCommand(
  handle: DatabaseHandle,
  config: Config,
  verb: string | undefined,
): Promise<string[]> {
  const deps = { db: handle.db, config, secret: await loadAppSecret(handle.db, config.sessionSecret) };
  if (verb === 'rotate') {
    const id = await addIssuerKey(deps);
    return [
      `New signing key ${keyDidUrl(config.publicUrl, id)}: credentials are signed with it from now on.`,
    ];
  }
  const keys = await listIssuerKeys(deps);
  if (keys.length === 0) return ['No signing key yet: the first is created with the first credential.'];
  return keys.map(
    (key, index) =>
      `${keyDidUrl(config.publicUrl, key.id)}  ${key.createdAt}  ${index === keys.length - 1 ? 'signing' : 'verification only'}`,
  );
}
