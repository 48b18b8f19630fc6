/**
 * A short-lived cache of rendered HTML for pages that are the same for every visitor (no form token,
 * no personal data): the home page is read far more often than its content changes. Entries expire
 * after `ttlMs`, so an edit shows within seconds on every process; the oldest entry goes first when full.
 */
export interface PageCache {
  get(key: string, render: () => Promise<string>): Promise<string>;
}

export function createPageCache(options: { ttlMs: number; maxEntries: number }): PageCache {
  const entries = new Map<string, { expiresAt: number; html: Promise<string> }>();
  return {
    get(key, render) {
      const now = Date.now();
      const entry = entries.get(key);
      if (entry && entry.expiresAt > now) return entry.html;
      entries.delete(key);
      if (entries.size >= options.maxEntries) entries.delete(entries.keys().next().value as string);
      // The promise is cached, so concurrent requests for a cold page render it once.
      const html = render();
      entries.set(key, { expiresAt: now + options.ttlMs, html });
      html.catch(() => entries.delete(key));
      return html;
    },
  };
}
