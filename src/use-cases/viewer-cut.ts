/**
 * A stored schedule cut to what one viewer may browse (visible-schedule.ts), kept for the next call that would
 * cut it the same way (issue #11: the Dependencies tab asks three answers of one schedule in a row, and each cut
 * and what is derived from it took seconds at 50,000 issues).
 * The cut is a function of the stored schedule and of which of its issues the viewer may not browse, nothing
 * else: each answer checks the viewer's access afresh, and only then is the cut of that same hidden set looked
 * up. Two viewers who may not browse the same issues get the same cut, which is what either would be computed;
 * no viewer's cut is ever given for another set. A viewer who may browse every issue gets the stored schedule
 * itself, frozen, so what is derived from it (derived-once.ts) is shared by every such call.
 * Kept beside the stored schedule (a WeakMap on its nodes: gone with it), a few hidden sets each, the least
 * recently used dropped first. A cut shares the stored node objects it leaves unchanged, so it weighs its lists
 * of references and the few nodes it rewrites.
 */
import { createHash } from 'node:crypto';
import type { ScheduleResult } from '../contract';
import { summariesAndParentsOutside, visibleSchedule } from './visible-schedule';
import { derivedOnce } from './derived-once';

type Schedule = Omit<ScheduleResult, 'background'>;
export type ViewerCut = ReturnType<typeof visibleSchedule>;

/** Hidden sets kept per stored schedule. */
const CUTS_PER_SCHEDULE = 4;

const cuts = new WeakMap<object, Map<string, ViewerCut>>();

/** `visibleSchedule(stored, (key) => visible.has(key))`, computed once per stored schedule and hidden set. */
export function viewerCut(stored: Schedule, visible: ReadonlySet<string>): ViewerCut {
  // A schedule not kept (computed in the call) is cut afresh.
  if (!Object.isFrozen(stored.nodes)) return visibleSchedule(stored, (key) => visible.has(key));
  // Every issue `visibleSchedule` asks about: the nodes, the summary tasks, and parents that are neither.
  const asked = derivedOnce(stored.nodes, 'cut-asked', [stored.summaries], () => [...stored.nodes.map((n) => n.key), ...summariesAndParentsOutside(stored).map((p) => p.key)]);
  const hidden = asked.filter((key) => !visible.has(key));
  if (hidden.length === 0) return { schedule: stored, hiddenIssues: 0 };
  const id = createHash('sha256').update(hidden.join('\n')).digest('hex');
  const kept = cuts.get(stored.nodes) ?? new Map<string, ViewerCut>();
  cuts.set(stored.nodes, kept);
  const hit = kept.get(id);
  kept.delete(id);
  const cut = hit ?? frozenCut(visibleSchedule(stored, (key) => visible.has(key)));
  kept.set(id, cut);
  for (const oldest of kept.keys()) {
    if (kept.size <= CUTS_PER_SCHEDULE) break;
    kept.delete(oldest);
  }
  return cut;
}

/** Frozen as the stored schedule is, so no answer can change what the next one reads, and derived-once keeps what is derived from it. */
function frozenCut({ schedule, hiddenIssues }: ViewerCut): ViewerCut {
  for (const list of [schedule.nodes, schedule.edges, schedule.summaries ?? [], schedule.findings, schedule.cycles]) {
    for (const item of list) Object.freeze(item);
    Object.freeze(list);
  }
  return { schedule: Object.freeze(schedule), hiddenIssues };
}
