/**
 * WCAG 2.2 AA text contrast of what a frame shows, measured in the browser: every visible element with text
 * of its own, its computed colour (`fill` for SVG text) against the first opaque background behind it. Text
 * of 24px, or 18.66px bold, needs 3:1; the rest 4.5:1. Disabled controls and dimmed (opacity < 1) content are
 * exempt, as WCAG exempts inactive components.
 */
import type { Frame } from 'playwright-core';

export interface ContrastFailure {
  text: string;
  colour: string;
  background: string;
  ratio: number;
  needed: number;
}

export async function contrastFailures(frame: Frame): Promise<ContrastFailure[]> {
  return frame.evaluate(() => {
    const parse = (css: string): [number, number, number, number] => {
      const parts = /rgba?\(([^)]+)\)/.exec(css)?.[1]?.split(/[\s,/]+/).filter(Boolean).map(Number) ?? [];
      return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
    };
    const channel = (c: number) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    const luminance = ([r, g, b]: number[]) => 0.2126 * channel(r ?? 0) + 0.7152 * channel(g ?? 0) + 0.0722 * channel(b ?? 0);
    const backgroundOf = (element: Element): [number, number, number, number] => {
      for (let at: Element | null = element; at; at = at.parentElement) {
        if (at instanceof SVGElement && !(at instanceof SVGSVGElement)) continue;
        const bg = parse(getComputedStyle(at).backgroundColor);
        if (bg[3] >= 0.99) return bg;
      }
      return [255, 255, 255, 1];
    };
    const dimmed = (element: Element): boolean => {
      for (let at: Element | null = element; at; at = at.parentElement) {
        if (Number(getComputedStyle(at).opacity) < 1 || at.matches(':disabled')) return true;
      }
      return false;
    };
    const failures: { text: string; colour: string; background: string; ratio: number; needed: number }[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const own = [...element.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('').trim();
      if (own === '' || element.getClientRects().length === 0 || dimmed(element)) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.display === 'none' || element.closest('.keel-visually-hidden, option, [aria-hidden="true"]')) continue;
      const colour = parse(element instanceof SVGElement ? style.fill : style.color);
      const background = backgroundOf(element);
      const [a, b] = [luminance(colour), luminance(background)].sort((x, y) => y - x) as [number, number];
      const ratio = (a + 0.05) / (b + 0.05);
      const size = parseFloat(style.fontSize);
      const needed = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700) ? 3 : 4.5;
      if (ratio < needed) {
        failures.push({ text: own.slice(0, 40), colour: style.color, background: `rgb(${background.slice(0, 3).join(', ')})`, ratio: Math.round(ratio * 100) / 100, needed });
      }
    }
    return failures;
  });
}
