/**
 * What the last status report of a project held (KVS key `status-report:<PROJECT>`), so the next one can say what
 * changed since (issue 16, item 7): its date, the page it wrote, the RACI matrix's people by role (display names
 * only, and the same of the report before it: at most 1,000 deliverables, well under KVS's 240 KiB a value).
 */
import { z } from 'zod';
import type { KeyValueStore } from './settings-store';

const names = z.array(z.string());
const raciRows = z.array(z.object({ key: z.string(), summary: z.string(), R: names, A: names, C: names, I: names }));
const lastReport = z.object({
  date: z.string(),
  pageId: z.string(),
  raci: raciRows,
  /** The report before it (what a second publish on the same day compares with); null before the second day. */
  prior: z.nullable(z.object({ date: z.string(), raci: raciRows })),
});
export type LastStatusReport = z.infer<typeof lastReport>;

const keyOf = (projectKey: string): string => `status-report:${projectKey}`;

/** A stored value Keel cannot read (damaged, or an older shape) counts as no last report. */
export async function loadLastStatusReport(store: KeyValueStore, projectKey: string): Promise<LastStatusReport | null> {
  const parsed = lastReport.safeParse(await store.get(keyOf(projectKey)));
  return parsed.success ? parsed.data : null;
}

export function saveLastStatusReport(store: KeyValueStore, projectKey: string, report: LastStatusReport): Promise<void> {
  return store.set(keyOf(projectKey), report);
}
