/**
 * Vertical positions for end-of-line labels that must not overprint: labels closer than `gap` are gathered into
 * a group centred on their own mean and spaced `gap` apart, in their original order; a group that would leave
 * the plot is shifted back inside. Groups that then touch are merged and placed again. O(n log n).
 * Example: SPI at y 90 and CPI at y 94 with a 14 px gap go to 85 and 99.
 */
export function separatedLabels(ys: readonly number[], gap: number, [min, max]: readonly [number, number]): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const groups: { members: { y: number; i: number }[]; top: number }[] = [];
  const place = (members: { y: number; i: number }[]) => {
    const mean = members.reduce((sum, m) => sum + m.y, 0) / members.length;
    const height = (members.length - 1) * gap;
    const top = Math.min(Math.max(mean - height / 2, min), max - height);
    return { members, top };
  };
  for (const label of order) {
    let group = place([label]);
    for (let last = groups.at(-1); last && last.top + last.members.length * gap > group.top; last = groups.at(-1)) {
      groups.pop();
      group = place([...last.members, ...group.members]);
    }
    groups.push(group);
  }
  const placed = new Array<number>(ys.length);
  for (const group of groups) group.members.forEach((m, k) => (placed[m.i] = group.top + k * gap));
  return placed;
}
