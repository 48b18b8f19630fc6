import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { ns, rootElement, serialize, textElement, utcSeconds, withLanguage } from './oai-xml.js';

describe('the XML writer', () => {
  it('escapes text and attributes and drops characters XML 1.0 forbids', () => {
    const root = rootElement('urn:test', 'root');
    root
      .ele('a')
      .att('title', 'say "hi" & <bye>\n\tnow\u0000')
      .txt('1 < 2 && 3 > 2 \u0001\uFFFE\uD800 ok 😀');
    const xml = serialize(root);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><root xmlns="urn:test">' +
        '<a title="say &quot;hi&quot; &amp; &lt;bye&gt;&#10;&#9;now">1 &lt; 2 &amp;&amp; 3 &gt; 2  ok 😀</a></root>',
    );
    const parsed = new XMLParser({ ignoreAttributes: false, htmlEntities: true }).parse(xml) as {
      root: { a: Record<string, string> };
    };
    expect(parsed.root.a['@_title']).toBe('say "hi" & <bye>\n\tnow');
  });

  it('declares a prefix once, where it enters scope', () => {
    const root = rootElement(ns.oai, 'OAI-PMH');
    const dc = root.ele('metadata').ele(ns.oaiDc, 'oai_dc:dc').att(ns.xmlns, 'xmlns:dc', ns.dc);
    withLanguage(textElement(dc, 'dc:title', 'T', ns.dc), 'en');
    expect(root.toString()).toBe(
      `<OAI-PMH xmlns="${ns.oai}"><metadata><oai_dc:dc xmlns:oai_dc="${ns.oaiDc}" xmlns:dc="${ns.dc}">` +
        '<dc:title xml:lang="en">T</dc:title></oai_dc:dc></metadata></OAI-PMH>',
    );
  });

  it('writes datestamps at seconds', () => {
    expect(utcSeconds('2026-11-29T11:10:51.987Z')).toBe('2026-11-29T11:10:51Z');
  });
});
