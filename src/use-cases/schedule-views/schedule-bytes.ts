/**
 * A schedule answer's weight in bytes of UTF-8 JSON, exactly `jsonBytes(schedule)` (answer-budget.ts), without
 * turning a 50,000-issue schedule into one 40 MB text on every call (issue #11: that took seconds): its nodes,
 * links and summary tasks are measured item by item, once per list (derived-once.ts), and the small rest each time.
 * An array's JSON is `[` + its items' JSON joined by commas + `]`; an object with such an array swapped for `[]`
 * weighs the array's bytes less 2.
 */
import { derivedOnce } from '../derived-once';
import { jsonBytes } from './answer-budget';

type Lists = { nodes: readonly unknown[]; edges: readonly unknown[]; summaries?: readonly unknown[] | undefined };

export function scheduleJsonBytes<S extends Lists>(schedule: S): number {
  const { nodes, edges, summaries } = schedule;
  const rest = jsonBytes({ ...schedule, nodes: [], edges: [], ...(summaries === undefined ? {} : { summaries: [] }) });
  return rest + listBytes(nodes) - 2 + listBytes(edges) - 2 + (summaries === undefined ? 0 : listBytes(summaries) - 2);
}

/** Example: `listBytes([{ a: 'é' }, 1])` is 14: `[{"a":"é"},1]`, where é takes two bytes. */
export function listBytes(list: readonly unknown[]): number {
  return derivedOnce(list, 'json-bytes', [], () => {
    let bytes = 2 + Math.max(0, list.length - 1);
    // Counted without encoding: the item's text is measured, not copied into bytes.
    for (const item of list) bytes += Buffer.byteLength(JSON.stringify(item) ?? 'null', 'utf8');
    return bytes;
  });
}
