/**
 * The heat map (an HTML table on screen) drawn as SVG for its image export: one square a cell, filled with the
 * colour the cell has on screen and its count in the cell's text colour, so the design tokens are resolved at
 * export time (getComputedStyle) and the file needs no stylesheet. Axis labels as on screen.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';
const CELL = 56;
const LEFT = 96;
const TOP = 28;
export const HEAT_SVG_WIDTH = LEFT + 5 * CELL + 8;
export const HEAT_SVG_HEIGHT = TOP + 5 * CELL + 8;

function node(name: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const el = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** The heat map's table as a detached SVG, or null when it is not on screen. */
export function heatMapSvg(table: HTMLTableElement | null): SVGSVGElement | null {
  if (!table) return null;
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${HEAT_SVG_WIDTH} ${HEAT_SVG_HEIGHT}`);
  const font = getComputedStyle(table).fontFamily;
  const textColour = getComputedStyle(table).color;
  const label = (x: number, y: number, text: string, anchor: 'middle' | 'end') =>
    node('text', { x, y, 'text-anchor': anchor, 'font-family': font, 'font-size': 12, fill: textColour }, text);
  for (let i = 1; i <= 5; i += 1) svg.append(label(LEFT + (i - 0.5) * CELL, TOP - 10, `Impact ${i}`, 'middle'));
  for (const button of table.querySelectorAll<HTMLButtonElement>('button[data-probability][data-impact]')) {
    const p = Number(button.dataset['probability']);
    const i = Number(button.dataset['impact']);
    const x = LEFT + (i - 1) * CELL;
    const y = TOP + (5 - p) * CELL;
    const style = getComputedStyle(button);
    svg.append(node('rect', { x: x + 2, y: y + 2, width: CELL - 4, height: CELL - 4, rx: 3, fill: style.backgroundColor, stroke: style.borderTopColor, 'stroke-width': 1 }));
    const count = button.textContent ?? '';
    if (count !== '') svg.append(node('text', { x: x + CELL / 2, y: y + CELL / 2 + 5, 'text-anchor': 'middle', 'font-family': font, 'font-size': 16, 'font-weight': 700, fill: style.color }, count));
    if (i === 1) svg.append(label(LEFT - 8, y + CELL / 2 + 4, `Probability ${p}`, 'end'));
  }
  return svg;
}
