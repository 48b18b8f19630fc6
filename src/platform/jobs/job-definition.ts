import type { Logger } from 'pino';
import { z } from 'zod';

/** What a handler gets besides its payload. The logger already carries the job name and id. */
export interface JobContext {
  readonly jobId: string;
  /** 1 for the first attempt. */
  readonly attempt: number;
  readonly maxAttempts: number;
  readonly logger: Logger;
  /** Aborted when the worker stops and its grace period is over: long handlers should give up. */
  readonly signal: AbortSignal;
}

/**
 * A kind of job: a name, a zod schema for its payload and a handler. Handlers must be idempotent: a
 * job whose worker dies mid-run is run again once its lock expires.
 */
export interface JobDefinition<TSchema extends z.ZodType = z.ZodType> {
  readonly name: string;
  readonly maxAttempts: number;
  readonly schema: TSchema;
  /** Parses the stored payload with the schema and calls the handler. */
  readonly run: (payload: unknown, context: JobContext) => Promise<void>;
}

export interface DefineJobOptions<TSchema extends z.ZodType> {
  readonly name: string;
  readonly schema: TSchema;
  /** Attempts before the job is declared dead; 5 unless told. */
  readonly maxAttempts?: number;
  readonly handler: (payload: z.output<TSchema>, context: JobContext) => Promise<void>;
}

export const defaultMaxAttempts = 5;

export function defineJob<TSchema extends z.ZodType>(
  options: DefineJobOptions<TSchema>,
): JobDefinition<TSchema> {
  const maxAttempts = options.maxAttempts ?? defaultMaxAttempts;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new Error(`Job "${options.name}": maxAttempts must be a positive integer`);
  }
  return {
    name: options.name,
    maxAttempts,
    schema: options.schema,
    run: async (payload, context) => {
      const parsed = options.schema.safeParse(payload);
      // A stored payload the schema rejects will never pass: no point retrying it.
      if (!parsed.success) throw new PermanentJobError(invalidPayloadMessage(options.name, parsed.error));
      await options.handler(parsed.data, context);
    },
  };
}

/** Thrown by `enqueue` when a payload does not match the job's schema. */
export class InvalidJobPayloadError extends Error {
  readonly issues: readonly z.core.$ZodIssue[];

  constructor(
    readonly jobName: string,
    error: z.ZodError,
  ) {
    super(invalidPayloadMessage(jobName, error));
    this.name = 'InvalidJobPayloadError';
    this.issues = error.issues;
  }
}

/** Thrown by a handler when retrying cannot help; the job is marked `failed` at once. */
export class PermanentJobError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'PermanentJobError';
  }
}

// zod's messages name paths and expected types, never the offending values (they may be personal data).
function invalidPayloadMessage(jobName: string, error: z.ZodError): string {
  return `Invalid payload for job "${jobName}":\n${z.prettifyError(error)}`;
}

/** The jobs one worker runs, by name. Duplicate names are a programming error. */
export type JobRegistry = ReadonlyMap<string, JobDefinition>;

export function createJobRegistry(jobs: readonly JobDefinition[]): JobRegistry {
  const registry = new Map<string, JobDefinition>();
  for (const job of jobs) {
    if (registry.has(job.name)) throw new Error(`Job "${job.name}" is defined twice`);
    registry.set(job.name, job);
  }
  return registry;
}
