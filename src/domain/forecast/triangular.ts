/**
 * The triangular distribution with minimum a, mode c and maximum b (S. Kotz and J. R. van Dorp, "Beyond
 * Beta", World Scientific 2004, chapter 1): sampled by its inverse CDF, x = a + sqrt(u (b-a)(c-a)) when
 * u < (c-a)/(b-a), else b - sqrt((1-u)(b-a)(b-c)); mean (a+b+c)/3; variance (a²+b²+c²-ab-ac-bc)/18.
 * Example: a 2, c 4, b 9: mean 5, variance (4+81+16-18-8-36)/18 = 39/18; u = 0.2 gives 2 + sqrt(0.2·7·2) = 3.673.
 */

/** The value at cumulative probability `u` (0 to 1); a == b gives a (no spread). */
export function triangularQuantile(a: number, c: number, b: number, u: number): number {
  const width = b - a;
  if (width <= 0) return a;
  const split = (c - a) / width;
  return u < split ? a + Math.sqrt(u * width * (c - a)) : b - Math.sqrt((1 - u) * width * (b - c));
}

/** P(X <= x). */
export function triangularCdf(a: number, c: number, b: number, x: number): number {
  if (x <= a) return b <= a ? 1 : 0;
  if (x >= b) return 1;
  if (x <= c) return ((x - a) * (x - a)) / ((b - a) * (c - a));
  return 1 - ((b - x) * (b - x)) / ((b - a) * (b - c));
}

export function triangularMean(a: number, c: number, b: number): number {
  return (a + b + c) / 3;
}

export function triangularVariance(a: number, c: number, b: number): number {
  return (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
}
