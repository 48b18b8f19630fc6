/** How a harvester fetches: per-attempt timeout, a fixed number of attempts, exponential backoff. */
export interface FetchPolicy {
  readonly timeoutMs: number;
  readonly maxAttempts: number;
  /** Delay before the second attempt; doubled for each further one. */
  readonly baseDelayMs: number;
  /** Ceiling of any delay, a `Retry-After` included. */
  readonly maxDelayMs: number;
  /** The largest body read; a longer one fails the fetch, without retrying. */
  readonly maxResponseBytes: number;
}

export const defaultFetchPolicy: FetchPolicy = {
  timeoutMs: 30_000,
  maxAttempts: 4,
  baseDelayMs: 1_000,
  maxDelayMs: 60_000,
  maxResponseBytes: 50 * 1024 * 1024,
};

export interface FetchedText {
  readonly text: string;
  /** The body as received (XLSX files are binary). */
  readonly bytes: Buffer;
  readonly contentType: string;
  /** False when the body still failed `isComplete` after the last attempt. */
  readonly isComplete: boolean;
  readonly attempts: number;
}

export interface FetchTextOptions {
  readonly policy: FetchPolicy;
  readonly method?: 'GET';
  /** A body that fails this check (a truncated page) is fetched again, as a network error would be. */
  readonly isComplete?: (text: string) => boolean;
  readonly signal?: AbortSignal | undefined;
  readonly onRetry?: (attempt: number, reason: string) => void;
}

/** An answer retrying cannot change: a 4xx status other than 429, or the attempts used up. */
export class FetchFailure extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FetchFailure';
  }
}

class Retryable extends Error {
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/**
 * GETs a URL as text with global fetch. Network errors, timeouts, 5xx and 429 are retried with
 * exponential backoff (honouring `Retry-After`, capped) up to `maxAttempts`; other statuses fail at once,
 * and so does a body larger than `maxResponseBytes` (the same answer would come again).
 */
export async function fetchText(url: string, options: FetchTextOptions): Promise<FetchedText> {
  const { policy } = options;
  for (let attempt = 1; ; attempt += 1) {
    try {
      const fetched = await fetchOnce(url, options);
      const isComplete = options.isComplete ? options.isComplete(fetched.text) : true;
      if (isComplete || attempt >= policy.maxAttempts) return { ...fetched, isComplete, attempts: attempt };
      throw new Retryable('the answer was cut short');
    } catch (error) {
      if (error instanceof FetchFailure || options.signal?.aborted) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      if (attempt >= policy.maxAttempts) {
        throw new FetchFailure(`${reason} (after ${attempt} attempts)`);
      }
      options.onRetry?.(attempt, reason);
      await sleep(delayBefore(attempt + 1, policy, error), options.signal);
    }
  }
}

async function fetchOnce(
  url: string,
  options: FetchTextOptions,
): Promise<Omit<FetchedText, 'isComplete' | 'attempts'>> {
  const signals = [
    AbortSignal.timeout(options.policy.timeoutMs),
    ...(options.signal ? [options.signal] : []),
  ];
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.any(signals), headers: { accept: '*/*' } });
  } catch (error) {
    throw new Retryable(networkReason(error));
  }
  if (response.status === 429 || response.status >= 500) {
    await response.body?.cancel();
    throw new Retryable(`HTTP ${response.status}`, retryAfterMs(response.headers.get('retry-after')));
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new FetchFailure(`HTTP ${response.status}`, response.status);
  }
  const limit = options.policy.maxResponseBytes;
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > limit) {
    await response.body?.cancel();
    throw tooLarge(limit);
  }
  const bytes = await readBody(response, limit);
  const text = new TextDecoder().decode(bytes);
  return { text, bytes, contentType: response.headers.get('content-type') ?? '' };
}

/** The body as it streams in, given up as soon as it passes `limit` bytes: memory stays bounded. */
async function readBody(response: Response, limit: number): Promise<Buffer> {
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.byteLength;
      if (length > limit) {
        await reader.cancel();
        throw tooLarge(limit);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof FetchFailure) throw error;
    // The connection dropped while the body was read.
    throw new Retryable(networkReason(error));
  }
  return Buffer.concat(chunks, length);
}

const tooLarge = (limit: number) =>
  new FetchFailure(
    `The response is larger than ${sizeText(limit)}, the most the harvester reads of one answer; nothing of it was kept.`,
  );

/** `50 MB`, `64 KB` or `900 bytes`. */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${bytes} bytes`;
}

function networkReason(error: unknown): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') return 'timed out';
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : 'network error');
}

function delayBefore(attempt: number, policy: FetchPolicy, error: unknown): number {
  const backoff = policy.baseDelayMs * 2 ** (attempt - 2);
  const asked = error instanceof Retryable ? error.retryAfterMs : undefined;
  return Math.min(asked ?? backoff, policy.maxDelayMs);
}

/** `Retry-After` as seconds or an HTTP date. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
      },
      { once: true },
    );
  });
}
