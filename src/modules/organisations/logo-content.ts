import type { LogoContentType } from './organisations.table.js';
import { sanitiseSvg } from './svg-sanitiser.js';

export const maxLogoBytes = 512 * 1024;

export type LogoCheck =
  | {
      readonly ok: true;
      readonly content: Buffer;
      readonly contentType: LogoContentType;
      readonly extension: string;
    }
  | { readonly ok: false; readonly error: LogoError };

/** Translation keys of what is wrong with an uploaded logo. */
export type LogoError =
  | 'organisations.error.logoMissing'
  | 'organisations.error.logoTooLarge'
  | 'organisations.error.logoType'
  | 'organisations.error.logoSvgUnsafe';

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const jpegSignature = Buffer.from([0xff, 0xd8, 0xff]);

/**
 * Decides what an upload is from its first bytes: what the browser or the file name claims is never
 * trusted, so an HTML page named `logo.png` is refused. SVG is text: it is accepted only when it parses
 * as an `<svg>` document, and is stored as re-serialised by the sanitiser, never as uploaded.
 */
export async function checkLogo(content: Buffer): Promise<LogoCheck> {
  if (content.length === 0) return { ok: false, error: 'organisations.error.logoMissing' };
  if (content.length > maxLogoBytes) return { ok: false, error: 'organisations.error.logoTooLarge' };
  if (isPng(content)) return { ok: true, content, contentType: 'image/png', extension: 'png' };
  if (content.subarray(0, 3).equals(jpegSignature))
    return { ok: true, content, contentType: 'image/jpeg', extension: 'jpg' };
  if (!looksLikeSvg(content)) return { ok: false, error: 'organisations.error.logoType' };
  const sanitised = await sanitiseSvg(content.toString('utf8'));
  if (sanitised === undefined) return { ok: false, error: 'organisations.error.logoSvgUnsafe' };
  return {
    ok: true,
    content: Buffer.from(sanitised, 'utf8'),
    contentType: 'image/svg+xml',
    extension: 'svg',
  };
}

/** The PNG signature followed by the IHDR chunk that must come first. */
function isPng(content: Buffer): boolean {
  return (
    content.length > 24 &&
    content.subarray(0, 8).equals(pngSignature) &&
    content.subarray(12, 16).toString('latin1') === 'IHDR'
  );
}

/** Text that starts (after a byte-order mark, blanks, an XML declaration and comments) with `<svg`. */
function looksLikeSvg(content: Buffer): boolean {
  const head = content
    .subarray(0, 4096)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  if (head.includes('\u0000')) return false;
  const rest = head
    .replace(/^\s*<\?xml[^>]*\?>/, '')
    .replace(/^(\s*<!--[\s\S]*?-->)*/, '')
    .trimStart();
  return /^<svg[\s>]/.test(rest);
}
