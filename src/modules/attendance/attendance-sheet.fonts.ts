import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

export interface SheetFonts {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}

/**
 * Source Sans 3, the family the web pages use, from Adobe's `source-sans` package (SIL Open Font
 * License 1.1) as static TrueType: it covers Latin Extended-A/B (ș ț with comma below, ł ż ő ű),
 * Greek and Cyrillic. The self-hosted web fonts are variable WOFF2 split by script, which pdfkit can
 * neither subset at a chosen weight nor mix within one name, so the sheet embeds these instead.
 */
const require = createRequire(import.meta.url);
export const sheetFontFiles = {
  regular: require.resolve('source-sans/TTF/SourceSans3-Regular.ttf'),
  bold: require.resolve('source-sans/TTF/SourceSans3-Semibold.ttf'),
} as const;

let loading: Promise<SheetFonts> | undefined;

/** The font files, read once per process: every sheet embeds a subset of the same two. */
export function loadSheetFonts(): Promise<SheetFonts> {
  loading ??= Promise.all([readFile(sheetFontFiles.regular), readFile(sheetFontFiles.bold)]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      loading = undefined; // let the next sheet try again rather than keep the failure
      throw error;
    },
  );
  return loading;
}
