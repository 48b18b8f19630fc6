import { describe, expect, it } from 'vitest';
import { createTranslators, loadCatalog } from '../../platform/i18n/index.js';
import { isAppError } from '../../platform/http/app-error.js';
import type { Actor, Grant } from '../accounts/index.js';
import { createTestApp, createUser } from '../../../test/app.js';
import { createTokenViaApi } from './api-tokens.test-kit.js';
import {
  canCreateOrganisationToken,
  canManageApiTokens,
  hasScope,
  organisationsForTokens,
  requireScope,
} from './api-tokens.policy.js';
import { resolveApiToken } from './api-tokens.resolver.js';
import { apiTokenStatuses } from './api-tokens.schema.js';
import { listMyApiTokens } from './api-tokens.service.js';
import { apiTokenScopes } from './api-tokens.table.js';

function actor(options: {
  via?: 'session' | 'token';
  scopes?: string[];
  grants?: Grant[];
  hasSecondFactor?: boolean;
}): Actor {
  const via = options.via ?? 'session';
  return {
    userId: 'user-1',
    name: 'Someone',
    email: 'someone@example.org',
    locale: 'en',
    grants: options.grants ?? [{ role: 'learner', scopeType: null, scopeId: null }],
    hasSecondFactor: options.hasSecondFactor ?? true,
    authenticatedBy: via,
    sessionId: via === 'session' ? 'session-1' : undefined,
    tokenScopes: via === 'token' ? (options.scopes ?? []) : undefined,
  };
}

const partnerOf = (organisationId: string): Grant => ({
  role: 'partner-admin',
  scopeType: 'organisation',
  scopeId: organisationId,
});

describe('requireScope', () => {
  it('lets people signed in with a session do what their roles allow', () => {
    expect(() => requireScope(actor({}), 'write')).not.toThrow();
  });

  it('refuses a token without the scope with a 403 forbidden', () => {
    const readOnly = actor({ via: 'token', scopes: ['read'] });
    expect(() => requireScope(readOnly, 'read')).not.toThrow();
    let thrown: unknown;
    try {
      requireScope(readOnly, 'write');
    } catch (error) {
      thrown = error;
    }
    expect(isAppError(thrown) && thrown.code === 'forbidden' && thrown.status === 403).toBe(true);
  });

  it('counts writing as including reading, and nothing as anything', () => {
    expect(hasScope(actor({ via: 'token', scopes: ['write'] }), 'read')).toBe(true);
    expect(hasScope(actor({ via: 'token', scopes: [] }), 'read')).toBe(false);
  });
});

describe('token policies', () => {
  it('lets only sessions manage tokens', () => {
    expect(canManageApiTokens(actor({}))).toBe(true);
    expect(canManageApiTokens(actor({ via: 'token', scopes: ['write'] }))).toBe(false);
    expect(canManageApiTokens(undefined)).toBe(false);
  });

  it('lets managers of an organisation, and admins, make its tokens', () => {
    const partner = actor({ grants: [partnerOf('org-a')] });
    expect(canCreateOrganisationToken(partner, 'org-a')).toBe(true);
    expect(canCreateOrganisationToken(partner, 'org-b')).toBe(false);
    expect(organisationsForTokens(partner)).toEqual(['org-a']);
    const withoutSecondFactor = actor({ grants: [partnerOf('org-a')], hasSecondFactor: false });
    expect(canCreateOrganisationToken(withoutSecondFactor, 'org-a')).toBe(false);
    expect(organisationsForTokens(withoutSecondFactor)).toEqual([]);
    const admin = actor({ grants: [{ role: 'admin', scopeType: null, scopeId: null }] });
    expect(canCreateOrganisationToken(admin, 'org-b')).toBe(true);
    expect(organisationsForTokens(admin)).toBe('all');
    const trainer = actor({ grants: [{ role: 'trainer', scopeType: 'organisation', scopeId: 'org-a' }] });
    expect(canCreateOrganisationToken(trainer, 'org-a')).toBe(false);
  });

  it('refuses a token-authenticated actor in the use cases, whatever the page', async () => {
    const tokenActor = actor({ via: 'token', scopes: ['read', 'write'] });
    await expect(listMyApiTokens({ db: undefined as never }, tokenActor)).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});

describe('token resolution', () => {
  it('records the last use at most once a minute', async () => {
    const t = await createTestApp();
    try {
      const user = await createUser(t.deps);
      const { id, token } = await createTokenViaApi(t, user.id);
      const lastUsed = () =>
        t.deps.db
          .selectFrom('api_token')
          .select('last_used_at')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
          .then((row) => row.last_used_at);
      const start = new Date();
      expect(await resolveApiToken(t.deps.db, token, start)).toMatchObject({
        userId: user.id,
        scopes: ['read'],
        organisationId: null,
      });
      expect(await lastUsed()).toBe(start.toISOString());
      await resolveApiToken(t.deps.db, token, new Date(start.getTime() + 30_000));
      expect(await lastUsed()).toBe(start.toISOString());
      const later = new Date(start.getTime() + 61_000);
      await resolveApiToken(t.deps.db, token, later);
      expect(await lastUsed()).toBe(later.toISOString());
      expect(await resolveApiToken(t.deps.db, token, new Date(Date.now() + 91 * 86_400_000))).toBe(undefined);
    } finally {
      await t.close();
    }
  });
});

describe('translations', () => {
  it('has every message the pages build from codes, in English', () => {
    const english = createTranslators(loadCatalog())('en');
    const keys = [
      ...apiTokenScopes.flatMap((scope) => [
        `apiTokens.scope.${scope}`,
        `apiTokens.scope.${scope}.description`,
      ]),
      ...apiTokenStatuses.map((status) => `apiTokens.status.${status}`),
      ...['name', 'scopes', 'organisation', 'created', 'expires', 'lastUsed', 'status', 'actions'].map(
        (column) => `apiTokens.column.${column}`,
      ),
      ...['nameRequired', 'nameTooLong', 'scopesRequired', 'expiryInvalid'].map(
        (code) => `apiTokens.error.${code}`,
      ),
    ];
    expect(keys.filter((key) => english.t(key) === key)).toEqual([]);
  });
});
