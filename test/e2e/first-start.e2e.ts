import { execFile } from 'node:child_process';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { startServer } from './server.js';

const run = promisify(execFile);
const jpcoops = (dataDir: string, ...args: string[]) =>
  run(process.execPath, ['bin/jpcoops.js', ...args], {
    env: { PATH: process.env.PATH, DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
  });

describe('first start', () => {
  it('seeds the labelled demo set, prints a one-time setup link, and shuts down cleanly on SIGTERM', async () => {
    const server = await startServer();
    const home = await (await fetch(`${server.url}/en`)).text();
    expect(home).toContain('class="demo-banner"');
    expect(home).toContain('MINDb4ACT');
    const link = /(http:\/\/\S+\/en\/setup\?token=[\w-]{43})/.exec(server.output())?.[1];
    expect(link).toBeDefined();
    expect((await fetch(link!)).status).toBe(200);
    expect(await server.stop()).toBe(0);
  });

  it('leaves the demo set out with SEED_DEMO=false; `jpcoops seed --demo` adds it', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jpcoops-e2e-'));
    const server = await startServer({ SEED_DEMO: 'false' }, dataDir);
    const home = await (await fetch(`${server.url}/en`)).text();
    expect(home).not.toContain('class="demo-banner"');
    expect(home).not.toContain('MINDb4ACT</h4>');
    const seeded = await jpcoops(dataDir, 'seed', '--demo');
    expect(seeded.stdout).toContain('6 organisations added');
    expect(await server.stop()).toBe(0);
  });
});

describe('jpcoops command', () => {
  it('migrates down and up, lists contact messages, and explains bad usage', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jpcoops-cli-'));
    try {
      expect((await jpcoops(dataDir, 'migrate')).stdout).toContain('up 20261129T0100-contact-and-setup');
      expect((await jpcoops(dataDir, 'migrate', '--down')).stdout).toMatch(/^down /);
      expect((await jpcoops(dataDir, 'migrate')).stdout).toMatch(/^up /);
      expect((await jpcoops(dataDir, 'messages', 'list')).stdout).toContain('No messages.');

      const created = await jpcoops(
        dataDir,
        'user',
        'create',
        '--email',
        'co@example.org',
        '--name',
        'Coordinator',
        '--role',
        'coordinator',
      );
      expect(created.stdout).toMatch(/\/en\/password-reset\/new\?token=[\w-]{43}/);
      expect((await jpcoops(dataDir, 'audit', 'verify')).stdout).toContain('Audit log intact: 1 entries');
      const database = new Database(path.join(dataDir, 'jpcoops.sqlite'));
      database.prepare(`update audit_entry set details = '{"role":"admin"}' where seq = 1`).run();
      database.close();
      const broken = await jpcoops(dataDir, 'audit', 'verify').catch(
        (error: { code: number; stdout: string }) => error,
      );
      expect(broken).toMatchObject({ code: 2 });
      expect((broken as { stdout: string }).stdout).toContain('BROKEN at entry 1');
      await expect(jpcoops(dataDir, 'frobnicate')).rejects.toMatchObject({ code: 64 });
      await expect(jpcoops(dataDir, 'messages', 'list', '--limit', 'lots')).rejects.toMatchObject({
        code: 64,
      });
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
