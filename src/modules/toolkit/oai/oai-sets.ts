/**
 * Sets, two hierarchies (README "Serving the toolkit back"):
 *   `topic`            every record with at least one topic,
 *   `topic:<code>`     records on that topic (`topic:radicalisation`),
 *   `network`          every record (each has a source network),
 *   `network:<code>`   records from that network (`network:RAN`, `network:JP-COOPS`).
 * A setSpec may only hold `A-Z a-z 0-9 - _ . ! ~ * ' ( )` and `:` between levels, so any other
 * character of a code is written as `~` and two hex digits per UTF-8 byte (`~` itself as `~7E`):
 * the network `Council of Europe` is `network:Council~20of~20Europe`.
 */
export type SetFilter =
  | { readonly kind: 'topic' | 'network'; readonly code?: string }
  /** A well-formed spec naming no set of this repository: matches no record. */
  | { readonly kind: 'none' };

const setSpecPattern = /^[A-Za-z0-9\-_.!~*'()]+(:[A-Za-z0-9\-_.!~*'()]+)*$/;
const plain = /[A-Za-z0-9\-_.!*'()]/;

export function isSetSpec(value: string): boolean {
  return setSpecPattern.test(value);
}

export function encodeSetCode(code: string): string {
  let encoded = '';
  for (const char of code) {
    if (plain.test(char)) encoded += char;
    else
      for (const byte of Buffer.from(char, 'utf8'))
        encoded += `~${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return encoded;
}

export function decodeSetCode(encoded: string): string | undefined {
  if (/~(?![0-9A-F]{2})/.test(encoded)) return undefined;
  const bytes: number[] = [];
  for (let index = 0; index < encoded.length;) {
    if (encoded[index] === '~') {
      bytes.push(parseInt(encoded.slice(index + 1, index + 3), 16));
      index += 3;
    } else {
      bytes.push(encoded.charCodeAt(index));
      index += 1;
    }
  }
  const decoded = Buffer.from(bytes).toString('utf8');
  return encodeSetCode(decoded) === encoded ? decoded : undefined;
}

export const topicSetSpec = (code: string) => `topic:${encodeSetCode(code)}`;
export const networkSetSpec = (code: string) => `network:${encodeSetCode(code)}`;

/** The filter a `set` argument asks for; undefined when it is not a setSpec at all (badArgument). */
export function parseSetSpec(spec: string): SetFilter | undefined {
  if (!isSetSpec(spec)) return undefined;
  const [top, code, ...deeper] = spec.split(':');
  if ((top !== 'topic' && top !== 'network') || deeper.length > 0) return { kind: 'none' };
  if (code === undefined) return { kind: top };
  const decoded = decodeSetCode(code);
  return decoded === undefined ? { kind: 'none' } : { kind: top, code: decoded };
}

/** The sets a record belongs to, as its header lists them (the leaves; their parents are implied). */
export function setSpecsOf(record: {
  readonly network: string;
  readonly topics: readonly string[];
}): string[] {
  return [networkSetSpec(record.network), ...record.topics.map(topicSetSpec)];
}
