import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/database.js';
import { createSearchIndex } from '../../../platform/search/index.js';
import { HarvestUsageError, runHarvestCommand } from './harvest.cli.js';
import { pagedRepository, startServer, type LocalServer } from './harvest.test-kit.js';

describe('jpcoops harvest add|list|run', () => {
  let database: TestDatabase;
  let server: LocalServer;
  const command = (args: string[], progress?: NodeJS.WritableStream) =>
    runHarvestCommand({ db: database.db, search: createSearchIndex(database) }, args, progress);

  beforeAll(async () => {
    database = await createTestDatabase();
    const records = Array.from({ length: 25 }, (_, index) => ({ identifier: `cli:${index}` }));
    server = await startServer(pagedRepository(records, 10));
  });
  afterAll(async () => {
    await server.close();
    await database.destroy();
  });

  it('adds a source, runs it with progress on stderr, prints the report and lists it', async () => {
    const invalid = await command([
      'add',
      '--name',
      'X',
      '--network',
      'RAN',
      '--kind',
      'ftp',
      '--url',
      'nope',
    ]);
    expect(invalid.ok).toBe(false);
    expect(invalid.lines.join('\n')).toContain('kind');

    const added = await command([
      'add',
      '--name',
      'CLI repo',
      '--network',
      'EJTN',
      '--kind',
      'oai-pmh',
      '--url',
      `${server.url}/oai`,
      '--topics',
      'radicalisation',
    ]);
    expect(added.ok).toBe(true);
    const id = /Source added: (\S+)/.exec(added.lines[0]!)?.[1];
    expect(id).toBeDefined();

    const progress = new PassThrough();
    let written = '';
    progress.on('data', (chunk: Buffer) => (written += chunk.toString()));
    const run = await command(['run', id!], progress);
    expect(run.ok).toBe(true);
    expect(run.lines[0]).toMatch(
      /CLI repo: run \S+ completed after 3 page\(s\): 25 new, 0 updated, 0 unchanged, 0 deleted, 0 failed\./,
    );
    expect(written).toContain('page 3: 25 new');

    const listed = await command(['list']);
    expect(listed.lines[1]).toContain(`${id}\tCLI repo\tEJTN\toai-pmh\tyes\tcompleted`);
    expect((await command(['run', 'unknown'])).lines).toEqual(['There is no harvest source "unknown".']);
    await expect(command(['frobnicate'])).rejects.toBeInstanceOf(HarvestUsageError);
  });

  it('adds a source harvesting the jpcoops format, and asks the repository for it', async () => {
    const source = ['add', '--name', 'Peer', '--network', 'JP-COOPS', '--kind', 'oai-pmh'];
    const invalid = await command([...source, '--url', `${server.url}/oai`, '--format', 'marcxml']);
    expect(invalid.ok).toBe(false);
    expect(invalid.lines.join('\n')).toContain('metadataPrefix');
    const added = await command([...source, '--url', `${server.url}/peer`, '--format', 'jpcoops']);
    expect(added.lines[0]).toMatch(/^Source added: \S+ {2}Peer \(JP-COOPS, oai-pmh jpcoops\)$/);
    const id = /Source added: (\S+)/.exec(added.lines[0]!)![1]!;
    const run = await command(['run', id]);
    // The test repository serves oai_dc only: each record says what it lacks.
    expect(run.ok).toBe(true);
    expect(run.lines).toContain('failed\tcli:0\tno jpcoops metadata');
    expect(server.requests.filter((request) => request.startsWith('/peer'))[0]).toContain(
      'metadataPrefix=jpcoops',
    );
  });
});
