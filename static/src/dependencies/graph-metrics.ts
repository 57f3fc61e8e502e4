/** The map's sizes in SVG pixels, shared by the layout, the drawing and the export. */
import type { LayoutOptions } from '../layout/layout-graph';

/** Above this many visible issues the map asks before drawing them one by one. */
export const LARGE_GRAPH = 400;

export const NODE_WIDTH = 176;
export const NODE_HEIGHT = 52;

export function layoutOptions(mode: LayoutOptions['mode'], grouped: boolean): LayoutOptions {
  return {
    mode,
    grouped,
    boxWidth: NODE_WIDTH,
    boxHeight: NODE_HEIGHT,
    rowGap: 16,
    layerGap: 56,
    dayWidth: 14,
    margin: 24,
    top: mode === 'time' ? 40 : 16,
    bandHeader: 22,
  };
}
