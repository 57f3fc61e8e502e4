/**
 * Colour arithmetic for the theme tests: WCAG 2.x relative luminance and contrast ratio (WCAG 2.2, §1.4.3 and
 * "relative luminance"), dichromat simulation with Machado, Oliveira and Fernandes' matrices (IEEE TVCG 15(6),
 * 2009, severity 1.0, applied to linear sRGB) and CIE 1976 ΔE*ab in CIELAB (D65).
 * Example: contrast('#172b4d', '#ffffff') ≈ 14.4; contrast('#777777', '#ffffff') ≈ 4.48 (fails AA for text).
 */
export type Rgb = readonly [number, number, number];

export function hexRgb(hex: string): Rgb {
  const digits = hex.replace('#', '');
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits.slice(0, 6);
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as unknown as Rgb;
}

const linear = (channel: number): number => {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

export function relativeLuminance(hex: string): number {
  const [r, g, b] = hexRgb(hex).map(linear) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

type Matrix = readonly [Rgb, Rgb, Rgb];
export const DICHROMACY: Readonly<Record<'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia', Matrix>> = {
  normal: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};

function lab([r, g, b]: Rgb): Rgb {
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** The colour as a viewer with `vision` sees it, in CIELAB. */
export function seenAs(hex: string, vision: keyof typeof DICHROMACY): Rgb {
  const rgb = hexRgb(hex).map(linear);
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  const m = DICHROMACY[vision];
  const [r = 0, g = 0, b = 0] = rgb;
  return lab(m.map((row) => clamp(row[0] * r + row[1] * g + row[2] * b)) as unknown as Rgb);
}

export const deltaE = (a: Rgb, b: Rgb): number => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/** The closest pair of `colours` under any of the four visions: the palette's weakest point. */
export function closestPair(colours: Readonly<Record<string, string>>): { deltaE: number; vision: string; pair: string } {
  const names = Object.keys(colours);
  let worst = { deltaE: Infinity, vision: '', pair: '' };
  for (const vision of Object.keys(DICHROMACY) as (keyof typeof DICHROMACY)[]) {
    names.forEach((a, i) => names.slice(i + 1).forEach((b) => {
      const d = deltaE(seenAs(colours[a] ?? '', vision), seenAs(colours[b] ?? '', vision));
      if (d < worst.deltaE) worst = { deltaE: d, vision, pair: `${a}/${b}` };
    }));
  }
  return worst;
}
