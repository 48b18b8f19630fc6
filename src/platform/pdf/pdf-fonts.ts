import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/** The font files every generated PDF (attendance sheets, certificates, transcripts) draws with. */
export interface PdfFonts {
  readonly regular: Uint8Array;
  readonly italic: Uint8Array;
  readonly bold: Uint8Array;
}

/**
 * Source Sans 3, the family the web pages use, from Adobe's `source-sans` package (SIL Open Font
 * License 1.1) as static TrueType: it covers Latin Extended-A/B (ș ț with comma below, ł ż ő ű),
 * Greek and Cyrillic. The self-hosted web fonts are variable WOFF2 split by script, which pdfkit can
 * neither subset at a chosen weight nor mix within one name, so PDFs embed these instead (pdfkit
 * embeds only the glyphs a document uses, and only the fonts it uses).
 */
const require = createRequire(import.meta.url);
export const pdfFontFiles = {
  regular: require.resolve('source-sans/TTF/SourceSans3-Regular.ttf'),
  italic: require.resolve('source-sans/TTF/SourceSans3-It.ttf'),
  bold: require.resolve('source-sans/TTF/SourceSans3-Semibold.ttf'),
} as const;

let loading: Promise<PdfFonts> | undefined;

/** The font files, read once per process: every document embeds a subset of the same few. */
export function loadPdfFonts(): Promise<PdfFonts> {
  loading ??= Promise.all([
    readFile(pdfFontFiles.regular),
    readFile(pdfFontFiles.italic),
    readFile(pdfFontFiles.bold),
  ]).then(
    ([regular, italic, bold]) => ({ regular, italic, bold }),
    (error: unknown) => {
      loading = undefined; // let the next document try again rather than keep the failure
      throw error;
    },
  );
  return loading;
}
