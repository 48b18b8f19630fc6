import { sql, type Kysely } from 'kysely';
import type { Database } from '../../database.js';
import type { Dialect } from '../../platform/db/database.js';

/**
 * What the live database holds, read from its catalogue (SQLite pragmas, PostgreSQL
 * information_schema): used to prove that the map of personal data misses no table, and to scan
 * every column after an erasure.
 */

export interface ColumnInfo {
  readonly table: string;
  readonly column: string;
}

export interface ForeignKeyInfo {
  readonly table: string;
  readonly column: string;
  readonly referencedTable: string;
}

/** Every table of the application's schema (SQLite's internal tables aside). */
export async function listTables(db: Kysely<Database>, dialect: Dialect): Promise<string[]> {
  const result =
    dialect === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master
          where type = 'table' and name not like 'sqlite!_%' escape '!' order by name`.execute(db)
      : await sql<{ name: string }>`select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(
          db,
        );
  return result.rows.map((row) => row.name);
}

export async function listColumns(db: Kysely<Database>, dialect: Dialect): Promise<ColumnInfo[]> {
  if (dialect === 'postgres') {
    const result = await sql<ColumnInfo>`select table_name as "table", column_name as "column"
      from information_schema.columns where table_schema = current_schema()
      order by table_name, ordinal_position`.execute(db);
    return result.rows;
  }
  const columns: ColumnInfo[] = [];
  for (const table of await listTables(db, dialect)) {
    const result = await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db);
    columns.push(...result.rows.map((row) => ({ table, column: row.name })));
  }
  return columns;
}

export async function listForeignKeys(db: Kysely<Database>, dialect: Dialect): Promise<ForeignKeyInfo[]> {
  if (dialect === 'postgres') {
    const result = await sql<ForeignKeyInfo>`select kcu.table_name as "table", kcu.column_name as "column",
        ccu.table_name as "referencedTable"
      from information_schema.table_constraints tc
      join information_schema.key_column_usage kcu
        on kcu.constraint_name = tc.constraint_name and kcu.constraint_schema = tc.constraint_schema
      join information_schema.constraint_column_usage ccu
        on ccu.constraint_name = tc.constraint_name and ccu.constraint_schema = tc.constraint_schema
      where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = current_schema()`.execute(db);
    return result.rows;
  }
  const keys: ForeignKeyInfo[] = [];
  for (const table of await listTables(db, dialect)) {
    const result = await sql<{
      from: string;
      table: string;
    }>`select "from", "table" from pragma_foreign_key_list(${table})`.execute(db);
    keys.push(...result.rows.map((row) => ({ table, column: row.from, referencedTable: row.table })));
  }
  return keys;
}

/** Column names that, by the platform's naming rules, hold a person's account id or address. */
export const userReferenceColumn = /^(user_id|.+_user_id|actor_id|email|.+_email)$/;

/**
 * Tables that refer to users: a foreign key to `user_account`, or a column named like a user id
 * or an email address. Each must be in the map of personal data.
 */
export async function listTablesReferringToUsers(
  db: Kysely<Database>,
  dialect: Dialect,
): Promise<Map<string, string[]>> {
  const found = new Map<string, Set<string>>();
  const add = (table: string, column: string) =>
    found.set(table, (found.get(table) ?? new Set()).add(column));
  for (const key of await listForeignKeys(db, dialect)) {
    if (key.referencedTable === 'user_account') add(key.table, key.column);
  }
  for (const { table, column } of await listColumns(db, dialect)) {
    if (userReferenceColumn.test(column)) add(table, column);
  }
  return new Map([...found].map(([table, columns]) => [table, [...columns].sort()]));
}
