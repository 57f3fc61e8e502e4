/**
 * A one-page PDF holding one JPEG image (PDF 1.4, ISO 32000-1: a catalog, a page tree, one page whose content
 * draws the image XObject over the whole page, an Info dictionary with the title, and the cross-reference table
 * of byte offsets). The JPEG goes in as is (DCTDecode), so no PDF library is needed. O(image bytes).
 */

/** A text string for the Info dictionary: UTF-16BE with its byte-order mark, in hex (any title, any script). */
function pdfText(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/** Largest page side a PDF viewer must accept: 200 inches (ISO 32000-1, annex C). */
const MAX_POINTS = 14_400;

/**
 * The PDF's bytes. `image`: the JPEG's size in pixels; `page`: the page's size in points (1/72 inch), scaled down
 * to fit 200 inches when larger. Example: a 2000 x 1000 px JPEG on a 750 x 375 pt page.
 */
export function pdfFromJpeg(jpeg: Uint8Array, image: { width: number; height: number }, page: { width: number; height: number }, title: string): Uint8Array<ArrayBuffer> {
  const fit = Math.min(1, MAX_POINTS / page.width, MAX_POINTS / page.height);
  const w = Math.round(page.width * fit * 100) / 100;
  const h = Math.round(page.height * fit * 100) / 100;
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (bytes: Uint8Array) => {
    parts.push(bytes);
    length += bytes.length;
  };
  const text = (s: string) => push(encoder.encode(s));
  const object = (n: number, body: string) => {
    offsets[n] = length;
    text(`${n} 0 obj\n${body}\nendobj\n`);
  };
  const stream = (n: number, dictionary: string, bytes: Uint8Array) => {
    offsets[n] = length;
    text(`${n} 0 obj\n<< ${dictionary} /Length ${bytes.length} >>\nstream\n`);
    push(bytes);
    text('\nendstream\nendobj\n');
  };
  // A comment of bytes above 127 marks the file as binary for transfer programs.
  push(Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]));
  object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  object(2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  object(3, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>`);
  stream(4, `/Type /XObject /Subtype /Image /Width ${image.width} /Height ${image.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode`, jpeg);
  stream(5, '', encoder.encode(`q ${w} 0 0 ${h} 0 0 cm /Im0 Do Q`));
  object(6, `<< /Title ${pdfText(title)} /Producer (Keel) >>`);
  const xref = length;
  text(`xref\n0 7\n0000000000 65535 f \n${offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`);
  text(`trailer\n<< /Size 7 /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
