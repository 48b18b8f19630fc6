import QRCode from 'qrcode';

/** Modules of white around the symbol: the quiet zone that ISO/IEC 18004 asks scanners to rely on. */
export const qrQuietZone = 4;

export interface QrCodePlacement {
  /** Top-left corner of the symbol's quiet zone, in points. */
  readonly x: number;
  readonly y: number;
  /** Width and height of the whole code, quiet zone included, in points. */
  readonly size: number;
}

/**
 * Draws the QR code of `text` as vector squares (no bitmap, so it stays sharp at any zoom and in print),
 * black on a white square that includes the quiet zone. Each row's adjacent dark modules are drawn as
 * one rectangle so that no hairline seams show between them. Error correction level M, as on the web.
 */
export function drawQrCode(doc: PDFKit.PDFDocument, text: string, placement: QrCodePlacement): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const unit = placement.size / (modules.size + 2 * qrQuietZone);
  const left = placement.x + qrQuietZone * unit;
  const top = placement.y + qrQuietZone * unit;
  doc.save();
  doc.rect(placement.x, placement.y, placement.size, placement.size).fill('#ffffff');
  for (let row = 0; row < modules.size; row += 1) {
    let column = 0;
    while (column < modules.size) {
      if (!modules.get(row, column)) {
        column += 1;
        continue;
      }
      const start = column;
      while (column < modules.size && modules.get(row, column)) column += 1;
      doc.rect(left + start * unit, top + row * unit, (column - start) * unit, unit);
    }
  }
  doc.fill('#000000');
  doc.restore();
}
