import { loadConfig } from '../../src/config.js';
import { seedOrganisation } from '../../src/modules/organisations/organisations.test-kit.js';
import { openDatabase, type DatabaseHandle } from '../../src/platform/db/database.js';
import { createUser, signedInCookie } from '../app.js';
import type { RunningServer } from './server.js';

/**
 * A browser test's way to arrange what it needs before the browser acts: the server's own database,
 * and its API called as a signed-in person.
 */
export interface ServerData {
  readonly database: DatabaseHandle;
  readonly deps: { readonly db: DatabaseHandle['db']; readonly config: ReturnType<typeof loadConfig> };
  /** An API call as the person signed in with `cookie`; throws unless the answer is a success. */
  readonly call: (cookie: string, method: string, path: string, body?: unknown) => Promise<{ id: string }>;
  /** A provider organisation and a signed-in manager of it, with a second factor enrolled. */
  readonly providerWithManager: (
    name: string,
    managerName?: string,
  ) => Promise<{ providerId: string; managerId: string; managerCookie: string }>;
}

export function openServerData(server: RunningServer): ServerData {
  const database = openDatabase({ dataDir: server.dataDir });
  const deps = {
    db: database.db,
    config: loadConfig({ DATA_DIR: server.dataDir, PUBLIC_URL: server.url, LOG_LEVEL: 'warn' }),
  };
  const call = async (cookie: string, method: string, path: string, body?: unknown) => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        cookie,
        origin: server.url,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as { id: string };
  };
  return {
    database,
    deps,
    call,
    async providerWithManager(name, managerName) {
      const providerId = await seedOrganisation(database.db, {
        name,
        isProvider: true,
        type: 'judicial-school',
      });
      const manager = await createUser(deps, {
        ...(managerName ? { name: managerName } : {}),
        grants: [{ role: 'provider-manager', scopeType: 'organisation', scopeId: providerId }],
        secondFactor: true,
      });
      return { providerId, managerId: manager.id, managerCookie: await signedInCookie(deps, manager.id) };
    },
  };
}
