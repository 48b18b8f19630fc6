import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServer } from './server.js';

/** Leaves a message through the real form, with its CSRF cookie and token, as a browser without JavaScript would. */
async function leaveMessage(baseUrl: string): Promise<number> {
  const form = await fetch(`${baseUrl}/en/contact`);
  const cookie = (form.headers.get('set-cookie') ?? '').split(';')[0]!;
  const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1]!;
  const body = new URLSearchParams({
    _csrf: token,
    name: 'Łukasz Żółć',
    email: 'lukasz@example.pl',
    subject: 'Scale-out',
    message: 'Delivered by a separate worker process.',
    consent: 'yes',
  });
  const response = await fetch(`${baseUrl}/en/contact`, {
    method: 'POST',
    body,
    headers: { cookie },
    redirect: 'manual',
  });
  return response.status;
}

describe('scale-out', () => {
  it('a web process with RUN_WORKER=false queues jobs that `jpcoops worker` runs', async () => {
    const server = await startServer({ RUN_WORKER: 'false' });
    const outbox = path.join(server.dataDir, 'outbox');
    const mailCount = () => (fs.existsSync(outbox) ? fs.readdirSync(outbox).length : 0);
    try {
      expect(await leaveMessage(server.url)).toBe(303);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(mailCount()).toBe(0);

      const worker = spawn(process.execPath, ['bin/jpcoops.js', 'worker'], {
        env: { PATH: process.env.PATH, DATA_DIR: server.dataDir, LOG_LEVEL: 'warn' },
        stdio: 'ignore',
      });
      await expect.poll(mailCount, { timeout: 20_000 }).toBe(2);
      const exited = new Promise<number | null>((resolve) => worker.once('exit', (code) => resolve(code)));
      worker.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      await server.stop();
    }
  });
});
