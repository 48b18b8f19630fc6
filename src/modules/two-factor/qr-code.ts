import QRCode from 'qrcode';

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The QR code of `text` as an inline SVG, rendered on the server (no script, allowed by the CSP), named
 * for assistive technology by `label`. Black on white with a quiet zone, as scanners need.
 */
export async function renderQrCodeSvg(text: string, label: string): Promise<string> {
  const svg = await QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    width: 220,
    color: { dark: '#000000', light: '#ffffff' },
  });
  return svg.replace('<svg ', `<svg role="img" aria-label="${escapeAttribute(label)}" focusable="false" `);
}
