import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.js';
import { refreshPlannerStatistics } from './planner-statistics.js';

describe('refreshing planner statistics', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.destroy());

  it('analyzes the tables on PostgreSQL and leaves SQLite as it is', async () => {
    await refreshPlannerStatistics(database.db, ['search_document', 'search_facet']);
    if (database.dialect === 'postgres') {
      const { rows } = await sql<{ relname: string }>`select relname from pg_stat_user_tables
        where schemaname = current_schema() and last_analyze is not null
          and relname in ('search_document', 'search_facet', 'user_account') order by relname`.execute(
        database.db,
      );
      expect(rows.map((row) => row.relname)).toEqual(['search_document', 'search_facet']);
    } else {
      const { rows } = await sql<{ n: number }>`select count(*) as n from sqlite_master
        where name = 'sqlite_stat1'`.execute(database.db);
      expect(Number(rows[0]!.n)).toBe(0);
    }
  });
});
