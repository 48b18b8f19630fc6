import { sql, type Kysely } from 'kysely';
import { dialectOf, nowDefault, timestampType } from './columns.js';

/**
 * Verifiable credentials (Open Badges 3.0): the issuer's signing keys (private halves sealed with a
 * key derived from a configuration secret), the credentials issued from completion records, and the
 * counter and cached signed document of the revocation status list.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db);
  const ts = timestampType(dialect);

  await db.schema
    .createTable('issuer_key')
    // The fragment of the key's DID URL (`key-1` in `did:web:example.org#key-1`); never reused.
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('public_key_multibase', 'text', (c) => c.notNull().unique())
    // AES-256-GCM, `v1.<iv>.<tag>.<ciphertext>`: never the key in clear.
    .addColumn('private_key_sealed', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull().defaultTo(nowDefault(dialect)))
    .execute();

  await db.schema
    .createTable('credential')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // A course deleted with its completion records leaves the credentials it produced.
    .addColumn('completion_record_id', 'text', (c) =>
      c.references('completion_record.id').onDelete('set null'),
    )
    // Erasure deletes the person's credentials (they name them); the cascade is a safety net.
    .addColumn('user_id', 'text', (c) => c.notNull().references('user_account.id').onDelete('cascade'))
    // Position in the revocation status list: allocated in sequence, never reused, even after erasure.
    .addColumn('status_index', 'integer', (c) => c.notNull().unique())
    .addColumn('issuer_key_id', 'text', (c) => c.notNull().references('issuer_key.id'))
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('jwt', 'text', (c) => c.notNull())
    .addColumn('issued_at', ts, (c) => c.notNull())
    .addColumn('revoked_at', ts)
    .addColumn('revocation_reason', 'text')
    .addColumn('superseded_by', 'text', (c) => c.references('credential.id').onDelete('set null'))
    .addColumn('is_public', 'integer', (c) => c.notNull().defaultTo(0))
    // SHA-256 of the share link's token; null while there is no share link.
    .addColumn('share_token_hash', 'text', (c) => c.unique())
    // The salt of the email hash in the credential, kept to show the holder how to check it.
    .addColumn('recipient_salt', 'text', (c) => c.notNull())
    // The name the credential carries: when the person corrects theirs, it is issued again.
    .addColumn('recipient_name', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('credential_user_idx').on('credential').column('user_id').execute();
  // One current credential per completion record. A re-issue first revokes the one before (reason
  // `superseded`), then points it at its successor.
  await sql`create unique index credential_current_completion_idx on credential (completion_record_id)
    where superseded_by is null and revoked_at is null`.execute(db);

  await db.schema
    .createTable('credential_status_list')
    // One list for now (`/credentials/status/1`); 131,072 entries.
    .addColumn('id', 'integer', (c) => c.primaryKey())
    // The next status index to allocate: every index below it was given to a credential once.
    .addColumn('next_index', 'integer', (c) => c.notNull())
    // The signed BitstringStatusListCredential last served, and the revoked indexes it encodes.
    .addColumn('document', 'text')
    .addColumn('revoked_digest', 'text')
    .addColumn('updated_at', ts, (c) => c.notNull().defaultTo(nowDefault(dialect)))
    .execute();
  await db.insertInto('credential_status_list').values({ id: 1, next_index: 0 }).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['credential_status_list', 'credential', 'issuer_key']) {
    await db.schema.dropTable(table).execute();
  }
}
