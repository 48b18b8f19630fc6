/**
 * SVG logos are sanitised with DOMPurify on a jsdom window, both loaded on the first SVG upload only
 * (jsdom is large and most processes never need it).
 */

/** The little of the DOM this file touches (the server program has no DOM library types). */
interface SvgNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly localName?: string;
  readonly namespaceURI: string | null;
  readonly childNodes: ArrayLike<SvgNode>;
}

interface Purifier {
  readonly sanitise: (svg: string) => SvgNode;
  readonly serialise: (node: SvgNode) => string;
}

let purifier: Promise<Purifier> | undefined;

const sanitiseOptions: { USE_PROFILES: object; FORBID_TAGS: string[]; RETURN_DOM_FRAGMENT: true } = {
  USE_PROFILES: { svg: true, svgFilters: true },
  // Style sheets can import from other hosts; animation elements can rewrite `href` after sanitising.
  FORBID_TAGS: [
    'style',
    'foreignObject',
    'a',
    'script',
    'animate',
    'set',
    'animateMotion',
    'animateTransform',
  ],
  RETURN_DOM_FRAGMENT: true,
};

async function loadPurifier(): Promise<Purifier> {
  const [{ JSDOM }, { default: createDOMPurify }] = await Promise.all([import('jsdom'), import('dompurify')]);
  const { window } = new JSDOM('');
  // DOMPurify's own types describe a browser window; jsdom's window is one, typed here only loosely.
  const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    if (!isSafeAttribute(String(node.nodeName).toLowerCase(), data.attrName, data.attrValue)) {
      data.keepAttr = false;
    }
  });
  const serializer = new window.XMLSerializer();
  return {
    sanitise: (svg) => purify.sanitize(svg, sanitiseOptions) as unknown as SvgNode,
    serialise: (node) => serializer.serializeToString(node),
  };
}

/** Anything that could fetch from another host or run: references must point inside the document. */
function isSafeAttribute(element: string, name: string, value: string): boolean {
  const trimmed = value.trim();
  if (name === 'href' || name === 'xlink:href') {
    return (
      trimmed.startsWith('#') ||
      (element === 'image' && /^data:image\/(png|jpeg);base64,[a-z0-9+/=\s]*$/i.test(trimmed))
    );
  }
  // `fill="url(#gradient)"` is how logos use gradients; `url(https://…)` in any attribute is a fetch.
  for (const match of trimmed.matchAll(/url\s*\(\s*(['"]?)([^)'"]*)\1\s*\)/gi)) {
    if (!match[2]?.startsWith('#')) return false;
  }
  return !/@import|expression\s*\(|javascript:/i.test(trimmed);
}

/**
 * The SVG without scripts, event handlers, `foreignObject`, style sheets or references to other hosts,
 * as well-formed XML; undefined when it is not an SVG document or declares a DTD (entities are refused
 * outright rather than expanded).
 */
export async function sanitiseSvg(svg: string): Promise<string | undefined> {
  if (/<!DOCTYPE|<!ENTITY/i.test(svg)) return undefined;
  purifier ??= loadPurifier();
  const { sanitise, serialise } = await purifier;
  const fragment = sanitise(svg.replace(/^\uFEFF?\s*<\?xml[^>]*\?>/, ''));
  const elements = Array.from(fragment.childNodes).filter((node) => node.nodeType === 1);
  const root = elements[0];
  if (elements.length !== 1 || root?.namespaceURI !== 'http://www.w3.org/2000/svg') return undefined;
  if (root.localName !== 'svg') return undefined;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialise(root)}\n`;
}
