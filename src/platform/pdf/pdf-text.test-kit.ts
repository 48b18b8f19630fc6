import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  /** The document information dictionary plus `Language`, the catalogue's `/Lang`. */
  readonly info: Readonly<Record<string, unknown>>;
  /** Per page: its size in points and its text runs, as a reader would select and copy them. */
  readonly pages: readonly { width: number; height: number; runs: readonly string[] }[];
}

/** What a PDF reader extracts from a document (pdf.js, as in Firefox): proves the text is real text. */
export async function extractPdfText(bytes: Uint8Array): Promise<PdfText> {
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true })
    .promise;
  try {
    const { info } = await pdf.getMetadata();
    const pages = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const runs = content.items
        .map((item) => ('str' in item ? item.str : ''))
        .filter((text) => text.trim() !== '');
      const [, , width = 0, height = 0] = page.view;
      pages.push({ width, height, runs });
    }
    return { info: info as Record<string, unknown>, pages };
  } finally {
    await pdf.destroy();
  }
}
