import { uuidv7 } from 'uuidv7';
import { hashPassword, insertRoleGrant, insertUser, } from '../src/modules/accounts/index.js';
import { insertSession } from '../src/platform/sessions/sessions.repo.js';
import { buildApp } from '../src/app.js';
import { createAppDeps, createLogger } from '../src/compose.js';
import { loadConfig } from '../src/config.js';
import { createTestDatabase, testDatabaseUrl } from './database.js';
/** The whole web application on a fresh database, in process (no port). `environment` overrides settings. */
export async function createTestApp(environment = {}, options = {}) {
    const database = await createTestDatabase();
    const config = loadConfig({
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        DATA_DIR: database.dataDir,
        PUBLIC_URL: 'http://localhost:3000',
        ...(testDatabaseUrl ? { DATABASE_URL: testDatabaseUrl } : {}),
        ...environment,
    });
    const deps = await createAppDeps(config, database, createLogger(config));
    const app = await buildApp({ ...deps, hasDemoContent: options.hasDemoContent ?? false });
    await app.ready();
    return {
        app,
        deps,
        database,
        async close() {
            await app.close();
            await deps.mailer.close();
            await database.destroy();
        },
    };
}
/** Cookies from a response, as a `cookie` request header. */
export function cookieHeader(setCookie) {
    const cookies = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
    return cookies.map((cookie) => cookie.split(';')[0]).join('; ');
}
/** The hidden CSRF token of the first form on a page. */
export function csrfTokenFrom(html) {
    const match = /name="_csrf" value="([^"]+)"/.exec(html);
    if (!match?.[1])
        throw new Error('No CSRF token on the page');
    return match[1];
}
let userCount = 0;
/**
 * A verified account with the given roles (a `learner` grant is implied). `secondFactor: true` marks a
 * second factor as enrolled, as staff roles need one to count.
 */
export async function createUser(deps, options = {}) {
    userCount += 1;
    const id = uuidv7();
    const email = options.email ?? `user${userCount}-${id.slice(-6)}@example.org`;
    const name = options.name ?? `Test Person ${userCount}`;
    const password = options.password ?? `a long test passphrase ${userCount}`;
    await insertUser(deps.db, {
        id,
        email,
        name,
        passwordHash: await hashPassword(password),
        preferredLanguage: 'en',
        emailVerifiedAt: new Date().toISOString(),
        country: options.country ?? 'IT',
        profession: options.profession ?? 'judge',
    });
    if (options.secondFactor) {
        await deps.db
            .updateTable('user_account')
            .set({ second_factor_enabled_at: new Date().toISOString() })
            .where('id', '=', id)
            .execute();
    }
    for (const grant of [{ role: 'learner' }, ...(options.grants ?? [])]) {
        await insertRoleGrant(deps.db, {
            id: uuidv7(),
            userId: id,
            role: grant.role,
            grantedBy: null,
            scopeType: 'scopeType' in grant ? grant.scopeType : null,
            scopeId: 'scopeId' in grant ? grant.scopeId : null,
        });
    }
    return { id, email, name, password };
}
/** A `cookie` header for a signed-in session of `userId` (the test app runs on http://, so no `__Host-`). */
export async function signedInCookie(deps, userId) {
    const { token } = await insertSession(deps.db, { userId, stage: 'complete', userAgent: 'test' }, deps.config.sessions);
    return `jpcoops-session=${token}`;
}
//# sourceMappingURL=app.js.map