import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { attachmentDirectory, removeAbandonedUploads } from './attachment-store.js';

describe('removing abandoned uploads', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jpcoops-store-'));
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('deletes unfinished uploads older than the bound, and never a kept file', async () => {
    const directory = attachmentDirectory(dataDir);
    fs.mkdirSync(directory, { recursive: true });
    const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
    const file = (name: string, changed?: Date) => {
      fs.writeFileSync(path.join(directory, name), 'x');
      if (changed) fs.utimesSync(path.join(directory, name), changed, changed);
      return name;
    };
    const abandoned = file(`.upload-${crypto.randomUUID()}.tmp`, twoHoursAgo);
    const receiving = file(`.upload-${crypto.randomUUID()}.tmp`);
    const kept = file(crypto.randomBytes(16).toString('hex'), twoHoursAgo);

    const removed = await removeAbandonedUploads(dataDir, new Date(Date.now() - 3_600_000));

    expect(removed).toBe(1);
    expect(fs.readdirSync(directory).sort()).toEqual([receiving, kept].sort());
    expect(fs.existsSync(path.join(directory, abandoned))).toBe(false);
  });

  it('does nothing before the first upload', async () => {
    expect(await removeAbandonedUploads(path.join(dataDir, 'none'), new Date())).toBe(0);
  });
});
