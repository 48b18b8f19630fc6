import { generateSync } from 'otplib';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  cookieHeader,
  createTestApp,
  createUser,
  csrfTokenFrom,
  signedInCookie,
  type TestApp,
  type TestUser,
} from '../../../test/app.js';
import { insertSession } from '../../platform/sessions/sessions.repo.js';
import { normaliseRecoveryCode } from './recovery-codes.js';
import { verifySecondFactorSignIn } from './second-factor.service.js';
import { safeNextPath } from './two-factor.schema.js';
import { openTotpSecret } from './totp-secret.js';

/** Cookie headers merged by name, later ones winning (as a browser keeps them). */
function mergeCookies(...headers: string[]): string {
  const jar = new Map<string, string>();
  for (const pair of headers.flatMap((header) => header.split('; ')).filter(Boolean)) {
    jar.set(pair.slice(0, pair.indexOf('=')), pair);
  }
  return [...jar.values()].join('; ');
}

const codeAt = (secret: string, offsetSteps = 0) =>
  generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSteps * 30 });
const wrongCode = (secret: string) => String((Number(codeAt(secret)) + 500_000) % 1_000_000).padStart(6, '0');
/** Moves the (fake) clock to the next 30-second time step. */
const nextStep = () => vi.setSystemTime(Date.now() + 30_000);
const recoveryCodesIn = (html: string) =>
  [...html.matchAll(/<code>([0-9a-z]{5}-[0-9a-z]{5})<\/code>/g)].map((match) => match[1]!);
const isSignInRedirect = (response: { statusCode: number; headers: Record<string, unknown> }) =>
  response.statusCode === 401 ||
  ([302, 303].includes(response.statusCode) && String(response.headers.location).startsWith('/en/login'));

describe('two-factor authentication', () => {
  let t: TestApp;

  beforeAll(async () => {
    // Only Date is faked: tests step through TOTP time steps; timers and I/O stay real.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
    vi.useRealTimers();
  });
  beforeEach(() => nextStep());

  const get = (url: string, cookie: string) => t.app.inject({ url, headers: { cookie } });

  /** GETs `pageUrl`, then POSTs the form to `action` with the page's CSRF token and cookies. */
  async function submit(pageUrl: string, action: string, cookie: string, fields: Record<string, string>) {
    const page = await get(pageUrl, cookie);
    expect(page.statusCode, `GET ${pageUrl}`).toBe(200);
    const cookies = mergeCookies(cookie, cookieHeader(page.headers['set-cookie']));
    const response = await t.app.inject({
      method: 'POST',
      url: action,
      headers: { cookie: cookies, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ ...fields, _csrf: csrfTokenFrom(page.body) }).toString(),
    });
    return { response, cookie: mergeCookies(cookies, cookieHeader(response.headers['set-cookie'])) };
  }

  const accountPage = '/en/account/two-factor';
  const accountSubmit = (cookie: string, action: string, fields: Record<string, string> = {}) =>
    submit(accountPage, `${accountPage}/${action}`, cookie, fields);

  /** Starts enrolment and returns the secret read from the page, as a person would type it. */
  async function startEnrolment(cookie: string) {
    const started = await accountSubmit(cookie, 'setup');
    expect(started.response.statusCode).toBe(303);
    expect(started.response.headers.location).toBe(accountPage);
    const page = await get(accountPage, cookie);
    const secret = /<code class="two-factor-secret">([A-Z2-7 ]+)<\/code>/.exec(page.body)?.[1];
    expect(secret).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
    return { page, secret: secret!.replaceAll(' ', '') };
  }

  /** A user with two-factor on, enrolled through the pages: their secret, recovery codes and session. */
  async function enrolledUser(options: Parameters<typeof createUser>[1] = {}) {
    const user = await createUser(t.deps, options);
    const { secret } = await startEnrolment(await signedInCookie(t.deps, user.id));
    const confirmed = await accountSubmit(await signedInCookie(t.deps, user.id), 'confirm', {
      code: codeAt(secret),
    });
    expect(confirmed.response.statusCode).toBe(200);
    nextStep();
    return {
      user,
      secret,
      recoveryCodes: recoveryCodesIn(confirmed.response.body),
      cookie: confirmed.cookie,
    };
  }

  async function pendingCookie(user: TestUser): Promise<string> {
    const { token } = await insertSession(
      t.deps.db,
      { userId: user.id, stage: 'pending-second-factor', userAgent: 'test' },
      t.deps.config.sessions,
    );
    return `jpcoops-session=${token}`;
  }

  const signInStep = (cookie: string, fields: Record<string, string>, next = '/en/account/two-factor') =>
    submit(
      `/en/login/second-factor?next=${encodeURIComponent(next)}`,
      `/en/login/second-factor?next=${encodeURIComponent(next)}`,
      cookie,
      fields,
    );

  const auditActions = async (userId: string) =>
    (
      await t.deps.db
        .selectFrom('audit_entry')
        .select(['action', 'details'])
        .where('subject_user_id', '=', userId)
        .orderBy('seq')
        .execute()
    ).map((row) => `${row.action} ${String(row.details)}`);

  it('refuses visitors who are not signed in', async () => {
    expect(isSignInRedirect(await t.app.inject({ url: accountPage }))).toBe(true);
    const post = await t.app.inject({ method: 'POST', url: `${accountPage}/setup`, payload: {} });
    expect([401, 403]).toContain(post.statusCode);
    expect(await t.deps.db.selectFrom('totp_credential').select('user_id').execute()).toEqual([]);
  });

  it('enrols with a QR code and a typed secret, then shows ten recovery codes once and rotates the session', async () => {
    const user = await createUser(t.deps);
    const cookie = await signedInCookie(t.deps, user.id);
    const before = await get(accountPage, cookie);
    expect(before.statusCode).toBe(200);
    expect(before.headers['cache-control']).toBe('no-store');
    expect(before.body).toContain('Two-factor authentication is off.');

    const { page, secret } = await startEnrolment(cookie);
    expect(page.body).toMatch(/<svg role="img" aria-label="QR code for adding your JP-COOPS account[^"]*"/);
    expect(page.body).toContain('inputmode="numeric"');
    expect(page.body).toContain('autocomplete="one-time-code"');
    const pending = await t.deps.db
      .selectFrom('totp_credential')
      .selectAll()
      .where('user_id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(pending.confirmed_at).toBeNull();

    const wrong = await accountSubmit(cookie, 'confirm', { code: wrongCode(secret) });
    expect(wrong.response.statusCode).toBe(422);
    expect(wrong.response.body).toContain('The code is not correct or has already been used');
    expect(wrong.response.body).toContain('aria-invalid="true"');
    const malformed = await accountSubmit(cookie, 'confirm', { code: '12ab' });
    expect(malformed.response.statusCode).toBe(422);
    expect(malformed.response.body).toContain('Enter the 6-digit code shown by your authenticator app.');

    const confirmed = await accountSubmit(cookie, 'confirm', { code: codeAt(secret) });
    expect(confirmed.response.statusCode).toBe(200);
    expect(confirmed.response.headers['cache-control']).toBe('no-store');
    const codes = recoveryCodesIn(confirmed.response.body);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect(confirmed.response.body).toContain('print them or store them');
    const newSession = cookieHeader(confirmed.response.headers['set-cookie']);
    expect(newSession).toMatch(/jpcoops-session=/);
    expect(isSignInRedirect(await get(accountPage, cookie))).toBe(true);
    const after = await get(accountPage, newSession);
    expect(after.body).toContain('Two-factor authentication is on since');
    expect(after.body).toContain('You have 10 unused recovery codes.');
    expect(after.body).not.toContain(secret.slice(0, 4) + ' ' + secret.slice(4, 8));

    const account = await t.deps.db
      .selectFrom('user_account')
      .select('second_factor_enabled_at')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(account.second_factor_enabled_at).not.toBeNull();
    const stored = await t.deps.db
      .selectFrom('recovery_code')
      .select('code_hash')
      .where('user_id', '=', user.id)
      .execute();
    expect(stored).toHaveLength(10);
    expect(stored.map((row) => row.code_hash)).not.toContain(codes[0]);
    expect(stored.map((row) => row.code_hash)).not.toContain(normaliseRecoveryCode(codes[0]!));
    expect(await auditActions(user.id)).toContain('second-factor-enabled {}');
  });

  it('stores the TOTP secret encrypted, bound to its user', async () => {
    const { user, secret } = await enrolledUser();
    const row = await t.deps.db
      .selectFrom('totp_credential')
      .selectAll()
      .where('user_id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(row.secret_ciphertext).not.toContain(secret);
    expect(row.secret_ciphertext).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(openTotpSecret(t.deps.secret, user.id, row.secret_ciphertext)).toBe(secret);
    expect(() => openTotpSecret(t.deps.secret, 'another-user', row.secret_ciphertext)).toThrow();
    expect(() => openTotpSecret('another application secret', user.id, row.secret_ciphertext)).toThrow();
  });

  it('completes a pending session only with a valid code, and never takes the same code twice', async () => {
    const { user, secret } = await enrolledUser();
    const pending = await pendingCookie(user);
    expect(isSignInRedirect(await get(accountPage, pending))).toBe(true);
    const form = await get('/en/login/second-factor?next=%2Fen%2Faccount%2Ftwo-factor', pending);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('inputmode="numeric"');
    expect(form.body).toContain('autocomplete="one-time-code"');

    const wrong = await signInStep(pending, { code: wrongCode(secret) });
    expect(wrong.response.statusCode).toBe(422);
    expect(wrong.response.body).toContain('The code is not correct or has already been used.');
    expect(wrong.response.body).not.toContain(wrongCode(secret));
    expect(await auditActions(user.id)).toContain('sign-in-failed {"reason":"second-factor"}');

    const code = codeAt(secret);
    const signedIn = await signInStep(pending, { code });
    expect(signedIn.response.statusCode).toBe(303);
    expect(signedIn.response.headers.location).toBe('/en/account/two-factor');
    const complete = cookieHeader(signedIn.response.headers['set-cookie']);
    expect(complete).not.toBe(pending);
    expect((await get(accountPage, complete)).statusCode).toBe(200);
    expect(isSignInRedirect(await get(accountPage, pending))).toBe(true);
    expect(await auditActions(user.id)).toContain('sign-in {"method":"totp"}');

    // The same code (same time step) in another pending session: a replay, refused.
    const replay = await signInStep(await pendingCookie(user), { code });
    expect(replay.response.statusCode).toBe(422);
    // So is a code of an earlier step still inside the ±1 window.
    const older = await verifySecondFactorSignIn(t.deps, { userId: user.id, code: codeAt(secret, -1) });
    expect(older.outcome).toBe('invalid');
    const fresh = await signInStep(await pendingCookie(user), { code: codeAt(secret, 1) });
    expect(fresh.response.statusCode).toBe(303);
  });

  it('accepts a code of the next or previous step, not two steps away, using the clock it is given', async () => {
    const { user, secret } = await enrolledUser();
    const at = Date.now() + 10 * 60_000;
    const code = (offset: number) => generateSync({ secret, epoch: Math.floor(at / 1000) + offset * 30 });
    const verify = (value: string) =>
      verifySecondFactorSignIn(t.deps, { userId: user.id, code: value }, () => at);
    expect((await verify(code(-2))).outcome).toBe('invalid');
    expect((await verify(code(-1))).outcome).toBe('verified');
    expect((await verify(code(2))).outcome).toBe('invalid');
    expect((await verify(code(1))).outcome).toBe('verified');
    expect((await verify(code(0))).outcome).toBe('invalid');
  });

  it('redirects to a safe next address only', async () => {
    const { user, secret } = await enrolledUser();
    const response = await signInStep(await pendingCookie(user), { code: codeAt(secret) }, '//evil.example/');
    expect(response.response.statusCode).toBe(303);
    expect(response.response.headers.location).toBe('/en/account');
    expect(safeNextPath('/en/catalogue?q=x', '/en')).toBe('/en/catalogue?q=x');
    for (const unsafe of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      'javascript:alert(1)',
      '/a\nb',
    ]) {
      expect(safeNextPath(unsafe, '/en/account')).toBe('/en/account');
    }
  });

  it('sends people without a pending session back to the sign-in page', async () => {
    const anonymous = await t.app.inject({ url: '/en/login/second-factor?next=%2Fen%2Faccount' });
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toBe('/en/login?next=%2Fen%2Faccount');
    const user = await createUser(t.deps);
    const post = await t.app.inject({
      method: 'POST',
      url: '/en/login/second-factor',
      headers: { cookie: await signedInCookie(t.deps, user.id) },
      payload: {},
    });
    expect([303, 403]).toContain(post.statusCode);
  });

  it('takes each recovery code once, however it is typed', async () => {
    const { user, recoveryCodes } = await enrolledUser();
    const first = await signInStep(await pendingCookie(user), { recoveryCode: recoveryCodes[0]! });
    expect(first.response.statusCode).toBe(303);
    expect(await auditActions(user.id)).toContain('sign-in {"method":"recovery-code"}');
    expect(await auditActions(user.id)).toContain('recovery-code-used {}');

    const again = await signInStep(await pendingCookie(user), { recoveryCode: recoveryCodes[0]! });
    expect(again.response.statusCode).toBe(422);
    expect(again.response.body).toContain('The code is not correct or has already been used.');

    const typed = ` ${recoveryCodes[1]!.replace('-', '').toUpperCase()} `;
    expect((await signInStep(await pendingCookie(user), { recoveryCode: typed })).response.statusCode).toBe(
      303,
    );
    const used = await t.deps.db
      .selectFrom('recovery_code')
      .select('used_at')
      .where('user_id', '=', user.id)
      .where('used_at', 'is not', null)
      .execute();
    expect(used).toHaveLength(2);
  });

  it('regenerates recovery codes with a current code; the old ones stop working', async () => {
    const { user, secret, recoveryCodes, cookie } = await enrolledUser();
    const refused = await accountSubmit(cookie, 'recovery-codes', { code: wrongCode(secret) });
    expect(refused.response.statusCode).toBe(422);
    const regenerated = await accountSubmit(cookie, 'recovery-codes', { code: codeAt(secret) });
    expect(regenerated.response.statusCode).toBe(200);
    const fresh = recoveryCodesIn(regenerated.response.body);
    expect(fresh).toHaveLength(10);
    expect(fresh).not.toContain(recoveryCodes[0]);
    expect(
      (await signInStep(await pendingCookie(user), { recoveryCode: recoveryCodes[0]! })).response.statusCode,
    ).toBe(422);
    expect(
      (await signInStep(await pendingCookie(user), { recoveryCode: fresh[0]! })).response.statusCode,
    ).toBe(303);
    expect(await auditActions(user.id)).toContain('recovery-codes-regenerated {}');
  });

  it('switches off only with the password and a current code', async () => {
    const { user, secret, cookie } = await enrolledUser();
    const withoutPassword = await accountSubmit(cookie, 'disable', { password: '', code: codeAt(secret) });
    expect(withoutPassword.response.statusCode).toBe(422);
    expect(withoutPassword.response.body).toContain('Enter your password.');
    const wrongPassword = await accountSubmit(cookie, 'disable', {
      password: 'not my password',
      code: codeAt(secret),
    });
    expect(wrongPassword.response.statusCode).toBe(422);
    expect(wrongPassword.response.body).toContain('The password or the code is not correct.');
    const wrongCodeResponse = await accountSubmit(cookie, 'disable', {
      password: user.password,
      code: wrongCode(secret),
    });
    expect(wrongCodeResponse.response.statusCode).toBe(422);

    const disabled = await accountSubmit(cookie, 'disable', {
      password: user.password,
      code: codeAt(secret),
    });
    expect(disabled.response.statusCode).toBe(303);
    expect(disabled.response.headers.location).toBe('/en/account/two-factor?changed=disabled');
    expect((await get(String(disabled.response.headers.location), cookie)).body).toContain(
      'Two-factor authentication is now off.',
    );
    const account = await t.deps.db
      .selectFrom('user_account')
      .select('second_factor_enabled_at')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(account.second_factor_enabled_at).toBeNull();
    expect(
      await t.deps.db
        .selectFrom('totp_credential')
        .select('user_id')
        .where('user_id', '=', user.id)
        .execute(),
    ).toEqual([]);
    expect(
      await t.deps.db.selectFrom('recovery_code').select('user_id').where('user_id', '=', user.id).execute(),
    ).toEqual([]);
    expect(await auditActions(user.id)).toContain('second-factor-disabled {}');
  });

  it('refuses to switch off for a staff member, and says why', async () => {
    const { user, secret, cookie } = await enrolledUser({ grants: [{ role: 'trainer' }] });
    const page = await get(accountPage, cookie);
    expect(page.body).toContain('requires it');
    expect(page.body).not.toContain(`action="${accountPage}/disable"`);
    const refused = await accountSubmit(cookie, 'disable', { password: user.password, code: codeAt(secret) });
    expect(refused.response.statusCode).toBe(403);
    expect(refused.response.body).toContain('You cannot turn off two-factor authentication');
    const account = await t.deps.db
      .selectFrom('user_account')
      .select('second_factor_enabled_at')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(account.second_factor_enabled_at).not.toBeNull();
  });

  it('answers 429 after ten attempts in a quarter of an hour, even to a right code', async () => {
    const { user, secret } = await enrolledUser();
    const pending = await pendingCookie(user);
    // Every check of a code counts, before the code is looked at: the enrolment's was the first of ten.
    for (let attempt = 2; attempt <= 10; attempt += 1) {
      expect((await signInStep(pending, { code: wrongCode(secret) })).response.statusCode).toBe(422);
    }
    const limited = await signInStep(pending, { code: codeAt(secret) });
    expect(limited.response.statusCode).toBe(429);
    expect(Number(limited.response.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.response.body).toContain('Too many attempts');
    expect(limited.response.body).not.toContain(codeAt(secret));
    expect(isSignInRedirect(await get(accountPage, limited.cookie))).toBe(true);
  });
});
