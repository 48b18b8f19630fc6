import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';

/**
 * Static assets, fingerprinted by content hash and cached by browsers for a year.
 * Everything is served from our own origin (no CDN: court and prison networks often block them),
 * and held in memory: the whole set is a few hundred kilobytes.
 */

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const fromModules = (...parts: string[]) => path.join(projectRoot, 'node_modules', ...parts);

const fontFiles = ['source-sans-3', 'source-serif-4'].flatMap((family) =>
  ['latin', 'latin-ext', 'greek', 'cyrillic'].flatMap((subset) =>
    ['normal', 'italic']
      .filter((style) => family === 'source-sans-3' || style === 'normal')
      .map((style) => {
        const file = `${family}-${subset}-wght-${style}.woff2`;
        return [`fonts/${file}`, fromModules('@fontsource-variable', family, 'files', file)] as const;
      }),
  ),
);

/** Logical name → file on disk. CSS refers to other assets by logical name, relative to `css/`. */
const sources: ReadonlyArray<readonly [string, string]> = [
  ...fontFiles,
  ['img/mark.svg', path.join(projectRoot, 'web/img/mark.svg')],
  ['img/favicon.svg', path.join(projectRoot, 'web/img/favicon.svg')],
  ['js/htmx.min.js', fromModules('htmx.org', 'dist', 'htmx.min.js')],
  ['js/app.js', path.join(projectRoot, 'web/js/app.js')],
  ['css/app.css', path.join(projectRoot, 'web/css/app.css')],
  ['css/print.css', path.join(projectRoot, 'web/css/print.css')],
];

const contentTypes: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

interface Asset {
  readonly url: string;
  readonly body: Buffer;
  readonly contentType: string;
}

export interface AssetManifest {
  /** The fingerprinted URL of a logical asset name such as `css/app.css`. */
  url(name: string): string;
  find(fingerprintedFile: string): Asset | undefined;
}

export function buildAssetManifest(): AssetManifest {
  const byName = new Map<string, Asset>();
  const byFile = new Map<string, Asset>();
  for (const [name, file] of sources) {
    let body = fs.readFileSync(file);
    if (name.endsWith('.css')) body = Buffer.from(rewriteCssUrls(body.toString('utf8'), byName));
    const hash = crypto.createHash('sha256').update(body).digest('base64url').slice(0, 12);
    const extension = path.extname(name);
    const fingerprinted = `${name.slice(0, -extension.length)}.${hash}${extension}`;
    const asset = {
      url: `/assets/${fingerprinted}`,
      body,
      contentType: contentTypes[extension] ?? 'application/octet-stream',
    };
    byName.set(name, asset);
    byFile.set(fingerprinted, asset);
  }
  return {
    url(name) {
      const asset = byName.get(name);
      if (!asset) throw new Error(`Unknown asset ${name}`);
      return asset.url;
    },
    find: (file) => byFile.get(file),
  };
}

/** `url(../fonts/x.woff2)` in a stylesheet becomes the fingerprinted URL of `fonts/x.woff2`. */
function rewriteCssUrls(css: string, assets: ReadonlyMap<string, Asset>): string {
  return css.replace(/url\(\s*['"]?\.\.\/([^'")]+)['"]?\s*\)/g, (match, name: string) => {
    const asset = assets.get(name);
    return asset ? `url(${asset.url})` : match;
  });
}

export function registerAssetRoutes(app: FastifyInstance, manifest: AssetManifest): void {
  app.get('/assets/*', { schema: { hide: true }, config: { rateLimit: false } }, async (request, reply) => {
    const file = (request.params as { '*': string })['*'];
    const asset = manifest.find(file);
    if (!asset) return reply.callNotFound();
    return reply
      .header('content-type', asset.contentType)
      .header('cache-control', 'public, max-age=31536000, immutable')
      .send(asset.body);
  });
}
