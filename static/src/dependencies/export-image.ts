/**
 * Exports the map as a standalone SVG (the whole drawing, not the panned view, with the computed styles copied
 * onto each element so it renders without Keel's stylesheet) and as a PNG drawn from that SVG on a canvas.
 * Forge's Custom UI CSP allows `blob:` and `data:` images and its iframe allows downloads, so both work there.
 * The heading's colours are design tokens resolved when the file is made, so an export from dark mode is dark.
 */
import { pageTokens, resolveTokens, type TokenReader } from '../exports/resolved-tokens';

const STYLED = ['fill', 'fill-opacity', 'paint-order', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity', 'font-family', 'font-size', 'font-weight', 'display'] as const;
/** Browsers refuse canvases larger than about 16k pixels a side or 268M pixels in all. */
const MAX_SIDE = 16_000;
const MAX_AREA = 200_000_000;

/** The export's heading: a title, a line under it (status date, viewer), and the legend's swatches. */
export interface ExportHeader {
  title: string;
  subtitle: string;
  legend: readonly { label: string; fill: string; stroke: string; dashed: boolean }[];
}

/** The line under an export's title. Example: "Status date 2026-11-16 · exported by Priya Natarajan". */
export function exportSubtitle(statusDate: string, viewer: string | null): string {
  return `Status date ${statusDate} · exported by ${viewer ?? 'an unknown viewer'}`;
}

/** Room above the drawing for the heading. */
export const HEADER_HEIGHT = 72;
const SVG_NS = 'http://www.w3.org/2000/svg';

/** The exported file's size: the drawing with the heading above it. */
export function exportSize(width: number, height: number): { width: number; height: number } {
  return { width: Math.max(width, 720), height: height + HEADER_HEIGHT };
}

function element(name: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const el = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** The heading as SVG, its styles inline (textContent: names from Jira are never parsed as markup). */
function headerGroup(header: ExportHeader, tokens: TokenReader): SVGElement {
  const font = 'font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,sans-serif;';
  const style = (text: string) => resolveTokens(text, tokens);
  const group = element('g', { 'data-export-header': '' });
  group.append(element('text', { x: 8, y: 22, style: style(`${font}font-size:16px;font-weight:700;fill:var(--ds-text, #172b4d)`) }, header.title));
  group.append(element('text', { x: 8, y: 40, style: style(`${font}font-size:11px;fill:var(--ds-text-subtle, #44546f)`) }, header.subtitle));
  header.legend.forEach((item, i) => {
    const x = 8 + i * 180;
    group.append(element('rect', { x, y: 50, width: 20, height: 10, rx: 2, style: style(`fill:${item.fill};stroke:${item.stroke};stroke-width:2;${item.dashed ? 'stroke-dasharray:4 2;' : ''}`) }));
    group.append(element('text', { x: x + 26, y: 59, style: style(`${font}font-size:11px;fill:var(--ds-text-subtle, #44546f)`) }, item.label));
  });
  return group;
}

/**
 * The drawing as SVG text: `svg` is the live map, its `[data-viewport]` group the panned and zoomed content;
 * with `header`, a title, status line and legend above it, in the colours `tokens` gives (the page's theme).
 */
export function svgMarkup(svg: SVGSVGElement, width: number, height: number, header?: ExportHeader, tokens: TokenReader = pageTokens()): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const source = [svg, ...svg.querySelectorAll('*')];
  const target = [copy, ...copy.querySelectorAll('*')];
  source.forEach((element, i) => {
    const clone = target[i];
    if (!(clone instanceof SVGElement)) return;
    const computed = getComputedStyle(element);
    const style = STYLED.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
    clone.setAttribute('style', style);
    clone.removeAttribute('class');
    clone.removeAttribute('tabindex');
  });
  const viewport = copy.querySelector('[data-viewport]');
  viewport?.removeAttribute('transform');
  copy.querySelector('[data-testid="graph-background"]')?.remove();
  const size = header ? exportSize(width, height) : { width, height };
  if (header) {
    viewport?.setAttribute('transform', `translate(0,${HEADER_HEIGHT})`);
    copy.insertBefore(element('rect', { width: Math.ceil(size.width), height: Math.ceil(size.height), style: resolveTokens('fill:var(--ds-surface, #ffffff)', tokens) }), copy.firstChild);
    copy.append(headerGroup(header, tokens));
  }
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('width', String(Math.ceil(size.width)));
  copy.setAttribute('height', String(Math.ceil(size.height)));
  copy.setAttribute('viewBox', `0 0 ${Math.ceil(size.width)} ${Math.ceil(size.height)}`);
  return new XMLSerializer().serializeToString(copy);
}

/** Renders SVG text to a PNG at up to twice its size, within the browser's canvas limits. */
export async function pngFromSvg(markup: string, width: number, height: number): Promise<Blob> {
  return (await rasterFromSvg(markup, width, height, 'image/png')).blob;
}

/** Renders SVG text to a PNG or a JPEG (for a PDF) at up to twice its size, with the image's size in pixels. */
export async function rasterFromSvg(markup: string, width: number, height: number, type: 'image/png' | 'image/jpeg'): Promise<{ blob: Blob; width: number; height: number }> {
  const scale = Math.min(2, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.floor(width * scale));
    canvas.height = Math.max(1, Math.floor(height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw on a canvas.');
    // The page's own surface (the theme's), so dark text is never drawn on a transparent, black-looking canvas.
    context.fillStyle = getComputedStyle(document.body).backgroundColor;
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error(`The browser could not encode the ${type === 'image/png' ? 'PNG' : 'JPEG'}.`))), type, 0.92),
    );
    return { blob, width: canvas.width, height: canvas.height };
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Starts a download of `blob` as `fileName` (Forge's iframe allows downloads started by a click). */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: Chromium reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
