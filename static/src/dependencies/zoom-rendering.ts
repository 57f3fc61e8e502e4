/**
 * How the map draws its text at a zoom: in full while 12 px text stays 11 px or more on screen; below that, a
 * summary rendering with only the keys, at a size that is 11 px on screen; and below the zoom where a key at
 * that size no longer fits its 175 px card, no text at all (each card's tooltip still names it).
 * Example: zoom 0.5 → summary, keys at 22 px in the drawing (11 px on screen).
 */
export interface ZoomRendering {
  mode: 'full' | 'summary' | 'shapes';
  /** Font size in drawing units that shows as 11 px on screen. */
  summaryFont: number;
}

const SCREEN_PX = 11;
const FULL_FROM = 11 / 12;
/** A key such as "PAY-1234" (8 characters at about 0.62 em) must fit a 175 px card less its 16 px padding. */
const KEYS_FROM = (SCREEN_PX * 8 * 0.62) / (175 - 16);

export function zoomRendering(k: number): ZoomRendering {
  const summaryFont = Math.round((SCREEN_PX / k) * 10) / 10;
  if (k >= FULL_FROM) return { mode: 'full', summaryFont };
  return { mode: k >= KEYS_FROM ? 'summary' : 'shapes', summaryFont };
}
