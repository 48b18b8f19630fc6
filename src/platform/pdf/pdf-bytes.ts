/**
 * The whole output of a pdfkit document, resolved once `doc.end()` has flushed it: call before drawing,
 * since pdfkit streams pages out as it goes.
 */
export function collectPdfBytes(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
}
