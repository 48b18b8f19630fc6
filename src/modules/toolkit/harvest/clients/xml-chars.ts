/**
 * Characters XML 1.0 forbids (§2.2: most C0 controls, lone surrogates, U+FFFE/U+FFFF), raw or as
 * character references. Repositories do publish them (text pasted from word processors); one such
 * character makes a whole page ill-formed, so they are removed before parsing.
 */
const illegalCharacters = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const characterReference = /&#(x[0-9a-fA-F]+|[0-9]+);/g;

function isLegal(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** The text without characters illegal in XML 1.0, and how many were removed. */
export function stripIllegalXmlCharacters(text: string): { text: string; removed: number } {
  let removed = 0;
  const cleaned = text
    .replace(illegalCharacters, () => {
      removed += 1;
      return '';
    })
    .replace(characterReference, (reference, digits: string) => {
      const code = digits.startsWith('x') ? Number.parseInt(digits.slice(1), 16) : Number(digits);
      if (isLegal(code)) return reference;
      removed += 1;
      return '';
    });
  return { text: removed === 0 ? text : cleaned, removed };
}
