import { createCanvas } from '@napi-rs/canvas';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A page as pixels, as a PDF reader shows it: for decoding what is drawn (QR codes) and for looking. */
export interface RenderedPage {
  readonly width: number;
  readonly height: number;
  /** RGBA, row by row. */
  readonly rgba: Uint8ClampedArray;
  readonly png: () => Buffer;
}

export interface PdfAttachment {
  readonly filename: string;
  readonly description: string;
  readonly content: Uint8Array;
}

async function openPdf<T>(bytes: Uint8Array, use: (pdf: PDFDocumentProxy) => Promise<T>): Promise<T> {
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true })
    .promise;
  try {
    return await use(pdf);
  } finally {
    await pdf.destroy();
  }
}

/** Rasterises one page with pdf.js on a Skia canvas, at `scale` pixels per point, on white. */
export function renderPdfPage(bytes: Uint8Array, pageNumber = 1, scale = 2): Promise<RenderedPage> {
  return openPdf(bytes, async (pdf) => {
    const page = await pdf.getPage(pageNumber);
    const viewport = page.getViewport({ scale });
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({
      canvas: canvas as unknown as HTMLCanvasElement,
      canvasContext: context as unknown as CanvasRenderingContext2D,
      viewport,
    }).promise;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    return {
      width: canvas.width,
      height: canvas.height,
      rgba: new Uint8ClampedArray(data),
      png: () => canvas.toBuffer('image/png'),
    };
  });
}

/** The files embedded in a PDF (its `EmbeddedFiles` name tree), as a reader offers them for saving. */
export function extractPdfAttachments(bytes: Uint8Array): Promise<PdfAttachment[]> {
  return openPdf(bytes, async (pdf) => {
    const attachments = ((await pdf.getAttachments()) ?? {}) as Record<
      string,
      { filename: string; description?: string; content: Uint8Array }
    >;
    return Object.values(attachments).map(({ filename, description, content }) => ({
      filename,
      description: description ?? '',
      content,
    }));
  });
}
