import { parseArgs } from 'node:util';
import type { Logger } from 'pino';
import { loadConfigOrExit } from './boot.js';
import { createLogger } from './compose.js';
import type { Config } from './config.js';
import { importCoursesFromCli } from './modules/catalogue/index.js';
import { HarvestUsageError, harvestUsage, runHarvestCommand } from './modules/toolkit/index.js';
import { runKeysCommand } from './modules/credentials/index.js';
import { listContactMessages } from './modules/contact/index.js';
import { hasDemoContent, removeDemoContent, seedDemoContent } from './modules/demo/index.js';
import { issueFirstAdministratorToken } from './modules/setup/index.js';
import { openDatabase, type DatabaseHandle } from './platform/db/database.js';
import { migrateDown, migrateToLatest } from './platform/db/migrate.js';
import { seedReferenceData } from './reference-data.js';
import { verifyAuditChain } from './platform/audit/index.js';
import { createSearchIndex } from './platform/search/index.js';
import { createUserWithSetupLink } from './modules/accounts/admin-cli.js';

const usage = `Usage: jpcoops <command>

  migrate                 apply every pending database migration
  migrate --down          revert the most recent migration
  seed --demo             add the demo content set (labelled as demo on every page)
  seed --remove-demo      remove the demo content set
  worker                  run the job worker alone (scale-out; start web processes with RUN_WORKER=false)
  messages list [--limit N]   show the latest messages left through the contact form
  setup-link              print a new one-time link to create the first administrator
  audit verify            check the hash chain of the audit log; names the first broken entry
  user create --email E --name N [--role R]
                          create a verified account and print a one-time link to choose its password
  import courses FILE [--provider SLUG] [--dry-run]
                          import courses from a CSV or XLSX file (docs/course-import.md): all rows
                          or none; rows without a provider cell belong to SLUG
${harvestUsage}
  keys list               list the keys signing credentials (did:web DID URLs)
  keys rotate             add a signing key; older keys stay published so their credentials verify
  help                    show this help

Configuration comes from the environment: see .env.example.`;

type Command = (context: { config: Config; logger: Logger; args: string[] }) => Promise<void>;

const out = (line: string) => process.stdout.write(`${line}\n`);

async function withDatabase<T>(config: Config, work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = openDatabase({ url: config.database.url, dataDir: config.dataDir, poolSize: 2 });
  try {
    return await work(handle);
  } finally {
    await handle.destroy();
  }
}

const commands: Record<string, Command> = {
  async migrate({ config, args }) {
    const { values } = parseArgs({ args, options: { down: { type: 'boolean', default: false } } });
    const steps = await withDatabase(config, async (handle) => {
      if (values.down) return migrateDown(handle.db);
      const applied = await migrateToLatest(handle.db);
      // As every start does: the reference data (legal instruments) goes into an empty database.
      await seedReferenceData(handle.db);
      return applied;
    });
    out(steps.length > 0 ? steps.join('\n') : 'Nothing to do: the database is up to date.');
  },
  async seed({ config, args }) {
    const { values } = parseArgs({
      args,
      options: { demo: { type: 'boolean' }, 'remove-demo': { type: 'boolean' } },
    });
    if (!values.demo && !values['remove-demo']) throw new UsageError('seed needs --demo or --remove-demo');
    await withDatabase(config, async (handle) => {
      const { db } = handle;
      await migrateToLatest(db);
      const deps = { db, search: createSearchIndex(handle) };
      if (values.demo) {
        const added = await seedDemoContent(deps);
        out(
          `Demo content: ${added.organisations} organisations added, ${added.courses} courses added, ${added.resources} toolkit resources added.`,
        );
      } else {
        const removed = await removeDemoContent(deps);
        out(
          `Demo content: ${removed.organisations} organisations removed, ${removed.courses} courses removed, ${removed.resources} toolkit resources removed.`,
        );
      }
      out(
        `Demo content is now ${(await hasDemoContent(db)) ? 'present' : 'absent'}. Restart the server to update the banner.`,
      );
    });
  },
  async worker() {
    await import('./worker.js');
  },
  async messages({ config, args }) {
    const [verb = 'list', ...rest] = args;
    if (verb !== 'list') throw new UsageError(`unknown messages command "${verb}"`);
    const { values } = parseArgs({ args: rest, options: { limit: { type: 'string', default: '50' } } });
    const limit = Number.parseInt(values.limit, 10);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
      throw new UsageError('--limit takes a number from 1 to 1000');
    const messages = await withDatabase(config, ({ db }) => listContactMessages(db, limit));
    if (messages.length === 0) {
      out('No messages.');
      return;
    }
    for (const message of messages) {
      out(
        `${message.createdAt}  [${message.status}]  ${message.language}  ${message.name} <${message.email}>`,
      );
      out(`  Subject: ${message.subject}`);
      out(`  ${message.message.replace(/\s*\n\s*/g, ' / ')}`);
      out('');
    }
  },
  async 'setup-link'({ config }) {
    const token = await withDatabase(config, async ({ db }) => {
      await migrateToLatest(db);
      return issueFirstAdministratorToken(db);
    });
    out(
      token
        ? `Create the first administrator within an hour at:\n  ${config.publicUrl}/en/setup?token=${token}`
        : 'An administrator exists already: no setup link is needed.',
    );
  },
  async audit({ config, args }) {
    if (args[0] !== 'verify') throw new UsageError('audit needs "verify"');
    const report = await withDatabase(config, ({ db }) => verifyAuditChain(db));
    if (report.ok) {
      out(`Audit log intact: ${report.entries} entries, every hash chained to the one before.`);
      return;
    }
    out(`Audit log BROKEN at entry ${report.brokenAt} (${report.problem}); ${report.entries} entries read.`);
    process.exitCode = 2;
  },
  async user({ config, args }) {
    const [verb, ...rest] = args;
    if (verb !== 'create') throw new UsageError('user needs "create"');
    const { values } = parseArgs({
      args: rest,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string', default: 'learner' },
      },
    });
    if (!values.email || !values.name) throw new UsageError('user create needs --email and --name');
    const link = await withDatabase(config, async ({ db }) => {
      await migrateToLatest(db);
      return createUserWithSetupLink(db, { email: values.email!, name: values.name!, role: values.role });
    });
    out(`Account created. Its owner chooses a password within an hour at:\n  ${config.publicUrl}${link}`);
  },
  async import({ config, args }) {
    const [what, ...rest] = args;
    if (what !== 'courses') throw new UsageError('import needs "courses FILE"');
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { provider: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
    });
    const [file] = positionals;
    if (!file || positionals.length > 1) throw new UsageError('import courses needs one FILE');
    const result = await withDatabase(config, async (handle) => {
      await migrateToLatest(handle.db);
      const deps = { db: handle.db, search: createSearchIndex(handle) };
      const options = { file, providerSlug: values.provider, dryRun: values['dry-run'] };
      return importCoursesFromCli(deps, { ...options, progress: process.stderr });
    });
    for (const line of result.lines) out(line);
    if (!result.ok) process.exitCode = 2;
  },
  async harvest({ config, args }) {
    const result = await withDatabase(config, async (handle) => {
      await migrateToLatest(handle.db);
      return runHarvestCommand({ db: handle.db, search: createSearchIndex(handle) }, args, process.stderr);
    });
    for (const line of result.lines) out(line);
    if (!result.ok) process.exitCode = 2;
  },
  async keys({ config, args }) {
    const [verb] = args;
    if (verb !== 'rotate' && verb !== 'list') throw new UsageError('keys needs "rotate" or "list"');
    const lines = await withDatabase(config, async (handle) => {
      await migrateToLatest(handle.db);
      return runKeysCommand(handle, config, verb);
    });
    for (const line of lines) out(line);
  },
  help() {
    out(usage);
    return Promise.resolve();
  },
};

class UsageError extends Error {}

async function main(argv: string[]): Promise<void> {
  const [name = 'help', ...args] = argv;
  const command = commands[name === '--help' || name === '-h' ? 'help' : name];
  if (!command) throw new UsageError(`unknown command "${name}"`);
  const config = loadConfigOrExit();
  await command({ config, logger: createLogger(config), args });
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (
    error instanceof UsageError ||
    error instanceof HarvestUsageError ||
    (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
  ) {
    process.stderr.write(`jpcoops: ${(error as Error).message}\n\n${usage}\n`);
    process.exit(64);
  }
  process.stderr.write(`jpcoops: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
