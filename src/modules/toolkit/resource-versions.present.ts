import { z } from 'zod';
import type { VersionWithChanges } from './resource-versions.service.js';

/** A field's change as the API answers it: text runs (kept, added, removed), or list items. */
export const changeSchema = z.object({
  field: z.string(),
  language: z.string().nullable(),
  parts: z.array(z.object({ value: z.string(), change: z.enum(['kept', 'added', 'removed']) })).nullable(),
  added: z.array(z.string()).nullable(),
  removed: z.array(z.string()).nullable(),
});

export function presentVersions(versions: readonly VersionWithChanges[]) {
  return versions.map((version) => ({
    version: version.version,
    publishedAt: version.publishedAt,
    snapshot: version.snapshot,
    changes: version.changes.map((change) =>
      change.kind === 'text'
        ? {
            field: change.field,
            language: change.language ?? null,
            parts: [...change.parts],
            added: null,
            removed: null,
          }
        : {
            field: change.field,
            language: null,
            parts: null,
            added: [...change.added],
            removed: [...change.removed],
          },
    ),
  }));
}
