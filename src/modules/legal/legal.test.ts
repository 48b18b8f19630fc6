import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.js';
import {
  findInstrument,
  groupInstruments,
  groupOf,
  listInstruments,
  memberStatesOf,
  readSeedInstruments,
  seedInstruments,
} from './index.js';

describe('the legal instruments reference (storage and seed)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('holds the shipped instruments from the start, without demo content', async () => {
    const stored = await listInstruments(t.deps.db);
    expect(stored.map((i) => i.celex).sort()).toEqual(
      readSeedInstruments()
        .map((i) => i.celex)
        .sort(),
    );
    expect(stored.length).toBeGreaterThanOrEqual(15);
  });

  it('seeds only an empty reference, so running it again adds nothing and keeps corrections', async () => {
    await t.deps.db
      .updateTable('legal_instrument')
      .set({
        document: JSON.stringify({ ...(await findInstrument(t.deps.db, '32014L0041')), acronym: 'EIO!' }),
      })
      .where('celex', '=', '32014L0041')
      .execute();
    expect(await seedInstruments(t.deps.db)).toBe(0);
    expect(await seedInstruments(t.deps.db)).toBe(0);
    expect((await findInstrument(t.deps.db, '32014L0041'))?.acronym).toBe('EIO!');
    await t.deps.db.deleteFrom('legal_instrument').execute();
    expect(await seedInstruments(t.deps.db)).toBe(readSeedInstruments().length);
    expect(await seedInstruments(t.deps.db)).toBe(0);
    expect((await findInstrument(t.deps.db, '32014L0041'))?.acronym).toBe('EIO');
  });

  it('finds one instrument by CELEX number, and nothing for an unknown one', async () => {
    const eio = await findInstrument(t.deps.db, '32014L0041');
    expect(eio).toMatchObject({ number: '2014/41/EU', notBound: ['DK', 'IE'] });
    expect(await findInstrument(t.deps.db, '32099L9999')).toBeUndefined();
    expect(memberStatesOf(eio!)).toHaveLength(25);
    expect(memberStatesOf(eio!)).not.toContain('DK');
  });

  it('refuses to read a stored document that no longer matches the schema', async () => {
    await t.deps.db
      .updateTable('legal_instrument')
      .set({ document: JSON.stringify({ celex: '32016R0679' }) })
      .where('celex', '=', '32016R0679')
      .execute();
    await expect(findInstrument(t.deps.db, '32016R0679')).rejects.toThrow(/does not match/);
    await t.deps.db.deleteFrom('legal_instrument').execute();
    await seedInstruments(t.deps.db);
  });

  it('groups the instruments as the reference does', async () => {
    const groups = groupInstruments(await listInstruments(t.deps.db));
    const celexOf = (group: string) =>
      groups
        .find((entry) => entry.group === group)
        ?.instruments.map((i) => i.celex)
        .sort();
    expect(groups.map((entry) => entry.group)).toEqual([
      'mutual-recognition',
      'procedural-rights',
      'data-protection',
      'substantive-criminal-law',
    ]);
    expect(celexOf('mutual-recognition')).toEqual([
      '32002F0584',
      '32008F0909',
      '32008F0947',
      '32009F0829',
      '32014L0041',
    ]);
    expect(celexOf('data-protection')).toEqual(['32016L0680', '32016R0679']);
    expect(celexOf('substantive-criminal-law')).toEqual(['32017L0541']);
    expect(celexOf('procedural-rights')).toContain('32009F0299');
    expect(celexOf('procedural-rights')).toHaveLength(7);
    expect(groupOf({ need: ['evidence'] })).toBe('mutual-recognition');
  });
});
