/**
 * Linear scales and "nice" ticks for Keel's own SVG charts. `niceStep(47000 / 4)` is 20000 (1, 2, 2.5 or 5 times
 * a power of ten), so money axes read $0, $20K, $40K...; a domain of zero width maps to the range's start.
 */

export interface LinearScale {
  (value: number): number;
  domain: readonly [number, number];
}

export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const scale = (value: number) => (span === 0 ? r0 : r0 + ((value - d0) / span) * (r1 - r0));
  return Object.assign(scale, { domain });
}

/** The smallest of 1, 2, 2.5, 5 x 10^k at least `rough`; 1 for zero or negative input. */
export function niceStep(rough: number): number {
  if (!(rough > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= rough) ?? 10;
  return step * power;
}

/** Ticks from 0 to the first multiple of a nice step at or above `max`: `valueTicks(117200, 4)` is 0, 50000, 100000, 150000. */
export function valueTicks(max: number, count: number): number[] {
  const step = niceStep(max / count);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks: number[] = [];
  for (let v = 0; v <= top + step / 2; v += step) ticks.push(v);
  return ticks;
}

const DAY_MS = 86_400_000;

/** Date ticks in ms: the first of each month when the span exceeds two months, else every Monday. */
export function dateTicks(start: number, end: number): number[] {
  const ticks: number[] = [];
  if (end - start > 62 * DAY_MS) {
    const d = new Date(start);
    let at = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    while (at <= end) {
      ticks.push(at);
      const next = new Date(at);
      at = Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 1);
    }
    return ticks;
  }
  const monday = start + ((8 - new Date(start).getUTCDay()) % 7) * DAY_MS;
  for (let at = monday; at <= end; at += 7 * DAY_MS) ticks.push(at);
  return ticks;
}

/** An SVG path through the points in order: "M x y L x y ...", coordinates to one decimal; empty for none. */
export function linePath(points: readonly { x: number; y: number }[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ');
}

/** The top of an SPI/CPI axis: a multiple of 0.5 at or above every index, at least 1.5 so 1.00 sits inside. */
export function indexAxisTop(values: readonly number[]): number {
  return Math.max(1.5, ...values.map((v) => Math.ceil(v / 0.5) * 0.5));
}
