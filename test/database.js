import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '../src/platform/db/database.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';
// Test code may read the environment: the application itself reads it only in src/config.ts.
export const testDatabaseUrl = process.env.TEST_DATABASE_URL || undefined;
export async function createTestDatabase() {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jpcoops-test-'));
    const schema = testDatabaseUrl
        ? `test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`
        : undefined;
    if (testDatabaseUrl && schema)
        await withClient(testDatabaseUrl, (client) => client.query(`create schema ${schema}`));
    const open = () => openDatabase({ url: testDatabaseUrl, dataDir, poolSize: 5, ...(schema ? { schema } : {}) });
    const handle = open();
    await migrateToLatest(handle.db, schema);
    return {
        ...handle,
        dataDir,
        reopen: open,
        async destroy() {
            await handle.destroy();
            if (testDatabaseUrl && schema) {
                await withClient(testDatabaseUrl, (client) => client.query(`drop schema ${schema} cascade`));
            }
            fs.rmSync(dataDir, { recursive: true, force: true });
        },
    };
}
async function withClient(url, work) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
        return await work(client);
    }
    finally {
        await client.end();
    }
}
//# sourceMappingURL=database.js.map