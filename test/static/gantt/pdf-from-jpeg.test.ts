import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { pdfFromJpeg } from '../../../static/src/gantt/pdf-from-jpeg';

/** A stand-in for JPEG bytes: the writer copies them as they are, so any bytes show where they went. */
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0xff, 0xd9]);
const latin1 = (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b)).join('');

describe('pdfFromJpeg', () => {
  const pdf = latin1(pdfFromJpeg(JPEG, { width: 2000, height: 1000 }, { width: 750, height: 375 }, 'Gantt of PAY: Paiements — é'));

  it('is a PDF 1.4 file whose cross-reference table gives the byte offset of each of its six objects', () => {
    expect(pdf.startsWith('%PDF-1.4\n')).toBe(true);
    expect(pdf.endsWith('%%EOF\n')).toBe(true);
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(pdf)?.[1]);
    expect(pdf.slice(startxref, startxref + 4)).toBe('xref');
    const entries = pdf.slice(startxref).split('\n').slice(3, 9);
    entries.forEach((entry, i) => {
      expect(entry).toMatch(/^\d{10} 00000 n $/);
      expect(pdf.slice(Number(entry.slice(0, 10))).startsWith(`${i + 1} 0 obj\n`)).toBe(true);
    });
  });

  it('draws the JPEG, as is, over the whole page, and carries the title in UTF-16', () => {
    expect(pdf).toContain('/MediaBox [0 0 750 375]');
    expect(pdf).toContain('/Width 2000 /Height 1000 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length 13 >>\nstream\n' + latin1(JPEG) + '\nendstream');
    expect(pdf).toContain('q 750 0 0 375 0 0 cm /Im0 Do Q');
    // "G" is 0047, the em dash 2014, "é" 00E9.
    expect(pdf).toContain('/Title <FEFF00470061006E007400740020006F');
    expect(pdf).toContain('2014002000E9>');
  });

  it('scales a page larger than 200 inches down to fit', () => {
    const big = latin1(pdfFromJpeg(JPEG, { width: 10, height: 10 }, { width: 28_800, height: 7200 }, 'x'));
    expect(big).toContain('/MediaBox [0 0 14400 3600]');
  });
});
