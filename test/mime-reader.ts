/**
 * A deliberately small MIME reader for tests: enough of RFC 2045/2046/2047 to check what nodemailer
 * produced (UTF-8 encoded words, multipart bodies, base64 and quoted-printable), written
 * independently of nodemailer so that the tests do not decode with the encoder under test.
 */

export interface MimePart {
  /** Lower-case header names to unfolded, still encoded values. */
  readonly headers: ReadonlyMap<string, string>;
  /** The body with its transfer encoding removed; empty for a multipart container. */
  readonly body: Buffer;
  readonly parts: readonly MimePart[];
}

export function readMime(raw: string): MimePart {
  const text = raw.replace(/\r\n/g, '\n');
  const split = text.indexOf('\n\n');
  const headerBlock = split === -1 ? text : text.slice(0, split);
  const body = split === -1 ? '' : text.slice(split + 2);
  const headers = readHeaders(headerBlock);
  const contentType = headers.get('content-type') ?? 'text/plain';
  const boundary = headerParameter(contentType, 'boundary');
  if (/^multipart\//i.test(contentType) && boundary !== undefined) {
    return { headers, body: Buffer.alloc(0), parts: splitMultipart(body, boundary).map(readMime) };
  }
  return { headers, body: decodeTransfer(body, headers.get('content-transfer-encoding')), parts: [] };
}

/** The leaf parts in document order: text, html, then attachments for nodemailer's layout. */
export function leafParts(part: MimePart): MimePart[] {
  return part.parts.length === 0 ? [part] : part.parts.flatMap(leafParts);
}

/** The header block as sent, to check that it stayed 7-bit. */
export function rawHeaderBlock(raw: string): string {
  return raw.slice(0, raw.search(/\r?\n\r?\n/));
}

export function headerParameter(value: string, name: string): string | undefined {
  const match = new RegExp(`;\\s*${name}=(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return match ? (match[1] ?? match[2]) : undefined;
}

const encodedWord = /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g;

/** Decodes RFC 2047 encoded words; adjacent words are decoded together as one run of bytes. */
export function decodeHeader(value: string): string {
  const joined = value.replace(/(\?=)\s+(?==\?)/g, '$1');
  return joined.replace(/(?:=\?[^?]+\?[BbQq]\?[^?]*\?=)+/g, (run) => {
    const bytes = [...run.matchAll(encodedWord)].map(([, charset = '', encoding = '', data = '']) => {
      if (charset.toLowerCase() !== 'utf-8') throw new Error(`Unexpected charset ${charset}`);
      return encoding.toUpperCase() === 'B' ? Buffer.from(data, 'base64') : decodeQ(data);
    });
    return Buffer.concat(bytes).toString('utf8');
  });
}

function readHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\n(?=[ \t])/g, '').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function splitMultipart(body: string, boundary: string): string[] {
  const segments = `\n${body}`.split(`\n--${boundary}`);
  // segment 0 is the preamble; the one after the closing delimiter starts with "--"
  return segments
    .slice(1)
    .filter((segment) => !segment.startsWith('--'))
    .map((segment) => segment.replace(/^[ \t]*\n/, ''));
}

function decodeTransfer(body: string, encoding = '7bit'): Buffer {
  switch (encoding.toLowerCase()) {
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64');
    case 'quoted-printable':
      return bytesFromHexEscapes(body.replace(/=\n/g, ''), /=([0-9A-Fa-f]{2})/g);
    default:
      return Buffer.from(body, 'utf8');
  }
}

function decodeQ(data: string): Buffer {
  return bytesFromHexEscapes(data.replace(/_/g, ' '), /=([0-9A-Fa-f]{2})/g);
}

/** The input is 7-bit, so mapping each escape to a latin1 character and encoding as latin1 is byte-exact. */
function bytesFromHexEscapes(text: string, escape: RegExp): Buffer {
  return Buffer.from(
    text.replace(escape, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  );
}
