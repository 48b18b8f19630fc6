/**
 * `npm run bench:credentials`: how many Open Badges 3.0 credentials the platform signs and verifies per
 * second, each as a ratio to a bare Ed25519 signature (or verification) of the same canonical bytes
 * measured in the same run — the machine is shared, so only ratios compare between runs.
 *
 * - issue (Data Integrity): build the credential, canonicalise it (RDFC-1.0) and sign (`eddsa-rdfc-2022`);
 * - issue (VC-JWT): sign the same credential with jose;
 * - verify (Data Integrity / VC-JWT): the platform's `verifyCredential`, every check included (schema,
 *   signature, issuer against our DID document, revocation against our status list, dates), reading
 *   the DID document and the status list from a migrated SQLite database as in production.
 *
 * `BENCH_SECONDS` (default 3) is how long each case runs.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import { signDataIntegrity, signVcJwt } from '../src/modules/credentials/credential-signing.js';
import { verifyCredential } from '../src/modules/credentials/credential-verification.js';
import { issuerDid } from '../src/modules/credentials/did-web.js';
import { issuerDocumentLoader } from '../src/modules/credentials/issuer-documents.js';
import { currentSigningKey } from '../src/modules/credentials/issuer-keys.js';
import { buildOpenBadgeCredential } from '../src/modules/credentials/open-badge.js';
import { openDatabase } from '../src/platform/db/database.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 3);

/** Runs `work` over and over for `seconds` (after a short warm-up); returns operations per second. */
async function perSecond(work: () => unknown): Promise<number> {
  for (let i = 0; i < 20; i += 1) await work();
  let count = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  while (performance.now() < until) {
    await work();
    count += 1;
  }
  return count / ((performance.now() - started) / 1000);
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jpcoops-bench-credentials-'));
  const handle = openDatabase({ dataDir });
  try {
    await migrateToLatest(handle.db);
    const config = loadConfig({
      DATA_DIR: dataDir,
      PUBLIC_URL: 'https://training.jp-coops.example',
      LOG_LEVEL: 'warn',
    });
    const deps = { db: handle.db, config, secret: crypto.randomBytes(32).toString('hex') };
    const key = await currentSigningKey(deps);
    const loader = issuerDocumentLoader(deps);
    const unsigned = () =>
      buildOpenBadgeCredential({
        credentialId: crypto.randomUUID(),
        publicUrl: config.publicUrl,
        did: issuerDid(config.publicUrl),
        validFrom: new Date().toISOString(),
        statusIndex: 7,
        recipient: {
          name: 'Ștefan Țîrcă',
          email: 'stefan@example.ro',
          salt: crypto.randomBytes(16).toString('hex'),
        },
        course: {
          id: '01a2266a-7a25-7b9e-a4e8-b8b276808500',
          slug: 'european-arrest-warrant-in-practice',
          title: 'The European Arrest Warrant in practice',
          summary: 'Issuing and executing European Arrest Warrants, with the procedural-rights directives.',
          sourceLanguage: 'en',
          providerId: '01a2266a-7a25-7b9e-a4e8-b8b276808501',
          providerName: 'Scuola Superiore della Magistratura',
          topics: ['judicial-cooperation', 'radicalisation'],
          instruments: ['32002F0584', '32016L0343'],
          credits: [
            { system: 'ECTS', amount: 2, awardingBody: 'Università di Bologna' },
            { system: 'UFC', amount: 12, awardingBody: 'Scuola Superiore della Magistratura' },
          ],
        },
        criteria: 'Attend at least 80% of the session’s days.',
        completion: {
          hours: 16,
          completedAt: '2027-03-12T16:00:00.000Z',
          sessionStartsAt: '2027-03-08T08:00:00.000Z',
          sessionEndsAt: '2027-03-12T16:00:00.000Z',
        },
      });
    const signed = await signDataIntegrity(unsigned(), key, loader);
    const jwt = await signVcJwt(unsigned(), key);
    for (const [form, credential] of [
      ['Data Integrity', signed],
      ['VC-JWT', jwt],
    ] as const) {
      const result = await verifyCredential(deps, credential);
      if (!result.verified) throw new Error(`${form}: the benchmark's credential does not verify`);
    }

    // The bare baseline: Ed25519 over bytes as long as the canonical credential.
    const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
    const message = Buffer.from(JSON.stringify(signed));
    const signature = crypto.sign(null, message, privateKey);
    const bareSign = await perSecond(() => crypto.sign(null, message, privateKey));
    const bareVerify = await perSecond(() => crypto.verify(null, message, publicKey, signature));

    const rows = [
      ['bare Ed25519 sign', bareSign, bareSign],
      [
        'issue, Data Integrity (eddsa-rdfc-2022)',
        await perSecond(() => signDataIntegrity(unsigned(), key, loader)),
        bareSign,
      ],
      ['issue, VC-JWT', await perSecond(() => signVcJwt(unsigned(), key)), bareSign],
      ['bare Ed25519 verify', bareVerify, bareVerify],
      [
        'verify, Data Integrity (all checks)',
        await perSecond(() => verifyCredential(deps, signed)),
        bareVerify,
      ],
      ['verify, VC-JWT (all checks)', await perSecond(() => verifyCredential(deps, jwt)), bareVerify],
    ] as const;
    console.log(
      `Credentials benchmark (${seconds} s per case, Node ${process.version}, ${os.cpus().length} cores)\n`,
    );
    console.log('| case | per second | ratio to bare Ed25519 |');
    console.log('| --- | ---: | ---: |');
    for (const [name, rate, baseline] of rows) {
      console.log(`| ${name} | ${rate.toFixed(rate < 100 ? 1 : 0)} | ${(rate / baseline).toFixed(4)} |`);
    }
  } finally {
    await handle.destroy();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
