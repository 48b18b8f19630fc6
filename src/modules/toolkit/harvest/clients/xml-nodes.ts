/**
 * Elements as fast-xml-parser gives them (attributes prefixed `@_`, namespace prefixes removed): text,
 * or an object with `#text` and attributes. An element that may repeat is one value or an array.
 */
export type XmlNode = string | number | { readonly [key: string]: XmlNode | undefined } | undefined;

export const asList = (value: unknown): XmlNode[] =>
  value === undefined || value === null
    ? []
    : Array.isArray(value)
      ? (value as XmlNode[])
      : [value as XmlNode];

export function textOf(node: XmlNode): string {
  const value = typeof node === 'object' ? node['#text'] : node;
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
}

export function attributeOf(node: XmlNode, name: string): string | undefined {
  if (typeof node !== 'object') return undefined;
  const value = node[`@_${name}`];
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : undefined;
}

/** The texts of an element's occurrences, empty ones left out. */
export const texts = (value: unknown): string[] =>
  asList(value)
    .map(textOf)
    .filter((text) => text !== '');
