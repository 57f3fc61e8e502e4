/**
 * Exports the map as a standalone SVG (the whole drawing, not the panned view, with the computed styles copied
 * onto each element so it renders without Keel's stylesheet) and as a PNG drawn from that SVG on a canvas.
 * Forge's Custom UI CSP allows `blob:` and `data:` images and its iframe allows downloads, so both work there.
 */

const STYLED = ['fill', 'fill-opacity', 'paint-order', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity', 'font-family', 'font-size', 'font-weight', 'display'] as const;
/** Browsers refuse canvases larger than about 16k pixels a side or 268M pixels in all. */
const MAX_SIDE = 16_000;
const MAX_AREA = 200_000_000;

/** The drawing as SVG text: `svg` is the live map, its `[data-viewport]` group the panned and zoomed content. */
export function svgMarkup(svg: SVGSVGElement, width: number, height: number): string {
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
  copy.querySelector('[data-viewport]')?.removeAttribute('transform');
  copy.querySelector('[data-testid="graph-background"]')?.remove();
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(Math.ceil(width)));
  copy.setAttribute('height', String(Math.ceil(height)));
  copy.setAttribute('viewBox', `0 0 ${Math.ceil(width)} ${Math.ceil(height)}`);
  return new XMLSerializer().serializeToString(copy);
}

/** Renders SVG text to a PNG at up to twice its size, within the browser's canvas limits. */
export async function pngFromSvg(markup: string, width: number, height: number): Promise<Blob> {
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
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG.'))), 'image/png'),
    );
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
