import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, readEnvironment } from './config.js';

describe('configuration', () => {
  it('has working defaults for a local start on SQLite', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      publicUrl: 'http://localhost:3000',
      seedDemo: true,
      runWorker: true,
    });
    expect(config.database.url).toBeUndefined();
    expect(config.dataDir).toBe(path.resolve('data'));
    expect(config.metricsToken).toBeUndefined();
  });

  it('lists every problem at once', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        SMTP_URL: 'http://mail',
        SEED_DEMO: 'maybe',
        METRICS_TOKEN: 'short',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of ['PORT', 'DATABASE_URL', 'SMTP_URL', 'SEED_DEMO', 'METRICS_TOKEN'])
      expect(problems).toContain(name);
  });

  it('gives OAI-PMH an admin address with a dotted domain, as its emailType asks', () => {
    const oaiEmailType = /^\S+@(\S+\.)+\S+$/;
    expect(loadConfig({}).oai.adminEmail).toMatch(oaiEmailType);
    expect(loadConfig({ OAI_ADMIN_EMAIL: 'oai@network.eu' }).oai.adminEmail).toBe('oai@network.eu');
    expect(() => loadConfig({ STAFF_EMAIL: 'staff@intranet' })).toThrow(/STAFF_EMAIL/);
    expect(() => loadConfig({ OAI_ADMIN_EMAIL: 'oai@intranet' })).toThrow(/OAI_ADMIN_EMAIL/);
  });

  it('is frozen', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1/test' });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.database)).toBe(true);
    expect(() => ((config as { port: number }).port = 1)).toThrow();
  });

  it('reads a .env file, the process environment taking precedence', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'jpcoops-env-'));
    const file = path.join(folder, '.env');
    fs.writeFileSync(file, '# comment\nJPCOOPS_TEST_ONLY_SETTING=from-file\nPATH=from-file\n');
    const environment = readEnvironment(file);
    expect(environment.JPCOOPS_TEST_ONLY_SETTING).toBe('from-file');
    expect(environment.PATH).toBe(process.env.PATH);
    fs.rmSync(folder, { recursive: true });
  });
});
