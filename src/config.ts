import fs from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { z } from 'zod';

/**
 * The platform's configuration, parsed once from the environment and frozen.
 * This is the only module that reads `process.env`; everything else receives a `Config`.
 */

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:3000'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .trim()
    .refine((value) => value === '' || /^postgres(ql)?:\/\//.test(value), {
      message: 'must be empty (SQLite) or a postgres:// URL',
    })
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  SMTP_URL: optionalText.pipe(z.url({ protocol: /^smtps?$/ }).optional()),
  MAIL_FROM: z.string().min(3).default('JP-COOPS Training Network <no-reply@localhost>'),
  // `.localhost` is reserved (RFC 6761): the default reaches no one, yet has the dotted domain that
  // OAI-PMH's adminEmail needs (every address given is checked for one).
  STAFF_EMAIL: z.email().default('staff@jp-coops.localhost'),
  OAI_ADMIN_EMAIL: optionalText.pipe(z.email().optional()),
  DPO_EMAIL: z.email().default('dpo@localhost'),
  CONTROLLER_NAME: z.string().min(2).default('JP-COOPS consortium coordinator'),
  CONTROLLER_ADDRESS: z.string().min(2).default('Address to be set in CONTROLLER_ADDRESS'),
  SESSION_SECRET: optionalText.pipe(z.string().min(32).optional()),
  CREDENTIAL_KEY_SECRET: optionalText.pipe(z.string().min(32).optional()),
  METRICS_TOKEN: optionalText.pipe(z.string().min(16).optional()),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_DEMO: booleanFlag.default(true),
  RUN_WORKER: booleanFlag.default(true),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  TRUST_PROXY: booleanFlag.default(false),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(720).default(12),
  UNVERIFIED_ACCOUNT_DAYS: z.coerce.number().int().min(1).default(30),
  INACTIVE_ACCOUNT_WARNING_DAYS: z.coerce.number().int().min(30).default(730),
  INACTIVE_ACCOUNT_DELETION_DAYS: z.coerce.number().int().min(1).default(30),
});

export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly host: string;
  readonly port: number;
  readonly publicUrl: string;
  readonly dataDir: string;
  readonly database: { readonly url: string | undefined; readonly poolSize: number };
  readonly mail: { readonly smtpUrl: string | undefined; readonly from: string; readonly staffEmail: string };
  /** The OAI-PMH repository (`/oai`): `adminEmail` of Identify, STAFF_EMAIL unless OAI_ADMIN_EMAIL is set. */
  readonly oai: { readonly adminEmail: string };
  readonly privacy: {
    readonly dpoEmail: string;
    readonly controllerName: string;
    readonly controllerAddress: string;
  };
  /** Secret for signing cookies; generated per data directory when not configured. */
  readonly sessionSecret: string | undefined;
  /**
   * Secret from which the key sealing the credential signing keys is derived; the application secret
   * (with its own derivation label) when not configured.
   */
  readonly credentialKeySecret: string | undefined;
  readonly metricsToken: string | undefined;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly seedDemo: boolean;
  readonly runWorker: boolean;
  readonly workerConcurrency: number;
  readonly trustProxy: boolean;
  readonly sessions: { readonly idleMinutes: number; readonly absoluteHours: number };
  readonly retention: {
    /** Accounts whose email was never verified are deleted after this many days. */
    readonly unverifiedAccountDays: number;
    /** Accounts unused this long get a warning… */
    readonly inactiveAccountWarningDays: number;
    /** …and are deleted this many days after it. */
    readonly inactiveAccountDeletionDays: number;
  };
  /** Requests per minute per client address for the whole site (per process); sensitive actions have their own shared limits. */
  readonly rateLimitPerMinute: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** The process environment, over the settings of a `.env` file in the working folder if there is one. */
export function readEnvironment(envFile = path.resolve('.env')): Record<string, string | undefined> {
  const fromFile = fs.existsSync(envFile) ? parseEnv(fs.readFileSync(envFile, 'utf8')) : {};
  return { ...fromFile, ...process.env };
}

/** Parses an environment (by default the process's and `.env`) into a frozen `Config`, listing every problem at once. */
export function loadConfig(environment: Record<string, string | undefined> = readEnvironment()): Config {
  const parsed = schema.safeParse(environment);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`),
    );
  }
  const value = parsed.data;
  return deepFreeze({
    env: value.NODE_ENV,
    host: value.HOST,
    port: value.PORT,
    publicUrl: value.PUBLIC_URL.replace(/\/+$/, ''),
    dataDir: path.resolve(value.DATA_DIR),
    database: { url: value.DATABASE_URL || undefined, poolSize: value.DATABASE_POOL_SIZE },
    mail: { smtpUrl: value.SMTP_URL, from: value.MAIL_FROM, staffEmail: value.STAFF_EMAIL },
    oai: { adminEmail: value.OAI_ADMIN_EMAIL ?? value.STAFF_EMAIL },
    privacy: {
      dpoEmail: value.DPO_EMAIL,
      controllerName: value.CONTROLLER_NAME,
      controllerAddress: value.CONTROLLER_ADDRESS,
    },
    sessionSecret: value.SESSION_SECRET,
    credentialKeySecret: value.CREDENTIAL_KEY_SECRET,
    metricsToken: value.METRICS_TOKEN,
    logLevel: value.LOG_LEVEL,
    seedDemo: value.SEED_DEMO,
    runWorker: value.RUN_WORKER,
    workerConcurrency: value.WORKER_CONCURRENCY,
    trustProxy: value.TRUST_PROXY,
    rateLimitPerMinute: value.RATE_LIMIT_PER_MINUTE,
    sessions: { idleMinutes: value.SESSION_IDLE_MINUTES, absoluteHours: value.SESSION_ABSOLUTE_HOURS },
    retention: {
      unverifiedAccountDays: value.UNVERIFIED_ACCOUNT_DAYS,
      inactiveAccountWarningDays: value.INACTIVE_ACCOUNT_WARNING_DAYS,
      inactiveAccountDeletionDays: value.INACTIVE_ACCOUNT_DELETION_DAYS,
    },
  });
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (child && typeof child === 'object') deepFreeze(child as object);
  }
  return Object.freeze(value);
}
