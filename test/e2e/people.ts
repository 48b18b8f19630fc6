import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { generateSync } from 'otplib';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from './server.js';

const run = promisify(execFile);

export interface Person {
  readonly email: string;
  readonly page: Page;
}

/**
 * A person made as an operator would, with `jpcoops user create`, who then chooses a password from the
 * link and signs in, in a browser context of their own. Staff (an administrator) also enrol a second
 * factor, which their role needs to count.
 */
export async function signUpPerson(
  server: RunningServer,
  browser: Browser,
  person: { email: string; name: string; role?: 'admin' | 'learner' },
): Promise<Person> {
  const created = await run(
    process.execPath,
    [
      'bin/jpcoops.js',
      'user',
      'create',
      '--email',
      person.email,
      '--name',
      person.name,
      '--role',
      person.role ?? 'learner',
    ],
    { env: { PATH: process.env.PATH, DATA_DIR: server.dataDir, PUBLIC_URL: server.url, LOG_LEVEL: 'warn' } },
  );
  const link = /(http:\/\/\S+\/password-reset\/new\?token=[\w-]+)/.exec(created.stdout)![1]!;
  const page = await (await browser.newContext()).newPage();
  const password = 'meadow copper lantern thirteen';
  await page.goto(link);
  await page.fill('#new-password-password', password);
  await page.fill('#new-password-passwordConfirmation', password);
  await page.click('form.form button[type=submit]');
  await page.fill('#sign-in-email', person.email);
  await page.fill('#sign-in-password', password);
  if (person.role !== 'admin') {
    await Promise.all([page.waitForURL(/\/en\/account$/), page.click('form.form button[type=submit]')]);
    return { email: person.email, page };
  }
  await Promise.all([
    page.waitForURL(/\/en\/account\/two-factor$/),
    page.click('form.form button[type=submit]'),
  ]);
  await page.click('form[action="/en/account/two-factor/setup"] button');
  const secret = (await page.locator('code.two-factor-secret').textContent())!.replace(/\s+/g, '');
  await page.fill('input[name=code]', generateSync({ secret }));
  await page.click('form[action="/en/account/two-factor/confirm"] button');
  await page.waitForSelector('.two-factor-codes');
  return { email: person.email, page };
}
