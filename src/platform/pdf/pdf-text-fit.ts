/**
 * Sets the largest font size of `sizes` (largest first) at which `text` fits on one line of `width`
 * points, else the smallest, and returns it: a person's name is shown whole, never cut short.
 */
export function fitOneLine(
  doc: PDFKit.PDFDocument,
  text: string,
  width: number,
  sizes: readonly number[],
): number {
  for (const size of sizes) {
    if (doc.fontSize(size).widthOfString(text) <= width) return size;
  }
  const smallest = sizes.at(-1) ?? 12;
  doc.fontSize(smallest);
  return smallest;
}
