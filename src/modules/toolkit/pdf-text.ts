/** Enough to search a long handbook; beyond it the text adds little and costs index space. */
const maxPages = 500;
const maxCharacters = 1_000_000;

/**
 * The text of a PDF as a reader would copy it (pdf.js, as in Firefox), for full-text search; null when
 * the file has no text layer (a scan) or cannot be read. Never runs the document's scripts or fonts.
 */
export async function extractPdfText(bytes: Uint8Array): Promise<string | null> {
  try {
    // Loaded on the first PDF, not at start-up: pdf.js is large and most processes never need it.
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await getDocument({
      // pdf.js takes ownership of (detaches) the buffer it is given, and refuses Node's Buffer: hand it
      // a plain copy.
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
    try {
      const parts: string[] = [];
      let length = 0;
      for (
        let number = 1;
        number <= Math.min(pdf.numPages, maxPages) && length < maxCharacters;
        number += 1
      ) {
        const content = await (await pdf.getPage(number)).getTextContent();
        const text = content.items
          .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : ''))
          .join('')
          .replace(/[ \t]+/g, ' ')
          .trim();
        parts.push(text);
        length += text.length;
      }
      const text = parts.join('\n').slice(0, maxCharacters).trim();
      return text === '' ? null : text;
    } finally {
      await pdf.destroy();
    }
  } catch {
    // A damaged or encrypted PDF is still a valid attachment; it just is not searchable.
    return null;
  }
}
