import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPageCache } from './page-cache.js';

describe('shared page cache', () => {
  afterEach(() => vi.useRealTimers());

  it('renders a page once for concurrent requests, then again after it expires', async () => {
    vi.useFakeTimers();
    const cache = createPageCache({ ttlMs: 1000, maxEntries: 10 });
    let renders = 0;
    const render = () => Promise.resolve(`page ${++renders}`);
    expect(await Promise.all([cache.get('/en', render), cache.get('/en', render)])).toEqual([
      'page 1',
      'page 1',
    ]);
    vi.advanceTimersByTime(999);
    expect(await cache.get('/en', render)).toBe('page 1');
    vi.advanceTimersByTime(2);
    expect(await cache.get('/en', render)).toBe('page 2');
  });

  it('drops the oldest page when full, and never keeps a failed render', async () => {
    const cache = createPageCache({ ttlMs: 60_000, maxEntries: 2 });
    let renders = 0;
    const render = () => Promise.resolve(`page ${++renders}`);
    await cache.get('a', render);
    await cache.get('b', render);
    await cache.get('c', render);
    expect(await cache.get('a', render)).toBe('page 4');
    await expect(cache.get('broken', () => Promise.reject(new Error('database down')))).rejects.toThrow(
      'database down',
    );
    expect(await cache.get('broken', () => Promise.resolve('recovered'))).toBe('recovered');
  });
});
