import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { LogoContentType } from './organisations.table.js';

/** `<sha256>.<ext>`: the only names the store writes, and the only ones the logo route reads. */
const logoFileName = /^[a-f0-9]{64}\.(png|jpg|svg)$/;

const contentTypeByExtension: Record<string, LogoContentType> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  svg: 'image/svg+xml',
};

/** Logos live outside the web root, under `<DATA_DIR>/uploads/logos/`, named by their content hash. */
export function logoDirectory(dataDir: string): string {
  return path.join(dataDir, 'uploads', 'logos');
}

/** Writes a checked logo (atomically: a reader never sees half a file) and returns its file name. */
export async function storeLogo(dataDir: string, content: Buffer, extension: string): Promise<string> {
  const name = `${crypto.createHash('sha256').update(content).digest('hex')}.${extension}`;
  const directory = logoDirectory(dataDir);
  await fs.mkdir(directory, { recursive: true });
  const temporary = path.join(directory, `.${name}.${crypto.randomUUID()}.tmp`);
  await fs.writeFile(temporary, content, { mode: 0o640 });
  await fs.rename(temporary, path.join(directory, name));
  return name;
}

export interface StoredLogo {
  readonly content: Buffer;
  readonly contentType: LogoContentType;
  /** The content hash, which is also the file name: a strong validator for caches. */
  readonly hash: string;
}

/** A stored logo by file name, or undefined for any other name or a missing file. */
export async function readLogo(dataDir: string, name: string): Promise<StoredLogo | undefined> {
  const match = logoFileName.exec(name);
  if (!match?.[1]) return undefined;
  const contentType = contentTypeByExtension[match[1]];
  if (!contentType) return undefined;
  const content = await fs.readFile(path.join(logoDirectory(dataDir), name)).catch(() => undefined);
  return content ? { content, contentType, hash: name.slice(0, 64) } : undefined;
}

/** Removes a logo file no organisation uses any more. */
export async function removeLogoFile(dataDir: string, name: string): Promise<void> {
  if (!logoFileName.test(name)) return;
  await fs.rm(path.join(logoDirectory(dataDir), name), { force: true });
}
