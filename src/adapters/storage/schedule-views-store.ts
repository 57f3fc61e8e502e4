/**
 * A stored analysis's views (issue #11): what `schedule/get`, `schedule/summary`, the first page of
 * `schedule/rows` and `risks/get`'s register are made from for a viewer who may browse every issue of the
 * analysis, and what `status/get` takes of it, computed when it is stored (schedule-views/stored-views.ts), so a new
 * instance answers them without reading the 40 MB of nodes and links.
 * Each view is one part: its JSON cut into content chunks (content-chunks.ts) written with the analysis's, its
 * hashes named in the manifest (`views`), so the views flip with the generation and are collected with it.
 * Parsed views are kept warm by the hashes of their chunks (warm-answers.ts).
 * `access` holds what decides whether a viewer hides anything: the keys the viewer's cut asks about outside the
 * project (viewer-cut.ts). A manifest without views (stored before Keel kept them) is read whole, as before.
 * `groups` is the directory of the schedule's summary groups, stored beside the views (schedule-groups-store.ts),
 * from which one epic's `schedule/detail` is read.
 */
import { jsonTextAs } from './json-text-as';
import * as z from 'zod/mini';
import { chaseList, computedSchedule, finding, scheduleCalendar, scheduleCycle, scheduleEdge, scheduleNode, scheduleResult, scheduleSummaryResult, statusCategory } from '../../contract';
import { mapInFlight, MAX_READS_IN_FLIGHT } from '../in-flight';
import { contentChunkKey, contentChunks, type ContentChunk } from './content-chunks';
import type { AnalysisKvs } from './analysis-store';
import { keepWarmAnswer, warmAnswer } from './warm-answers';
import { groupChunks, groupDirectory, type ScheduleGroup } from './schedule-groups-store';

const access = z.object({
  /** The project whose issues the viewer's count covers (a stored node's `projectKey`). */
  projectKey: z.string(),
  /** The schedule's status date. */
  asOf: z.string(),
  /** Keys the cut asks about inside the project (nodes, summary tasks, parents). */
  inProject: z.number(),
  /** The rest: other projects' nodes, summary tasks and parents outside the scope, each asked about alone. */
  outside: z.array(z.object({ key: z.string(), projectKey: z.string() })),
});

/**
 * `schedule/get` before the read's own parts (project, background, the choice's findings) are added: the whole
 * schedule when it fits the answer with room to spare, else its head (shaped-schedule.ts), with the findings a
 * hidden-work figure is made of and what `large.fullBytes` needs to be measured as the whole answer would be.
 */
const get = z.object({
  shape: z.union([
    z.object({ kind: z.literal('whole'), schedule: computedSchedule }),
    z.object({ kind: z.literal('head'), head: scheduleResult, findingsCount: z.number(), projectBytes: z.number() }),
    // Too close to the budget to tell which shape the read's answer takes: read whole.
    z.object({ kind: z.literal('none') }),
  ]),
  hiddenFindings: z.array(finding),
  chase: chaseList,
});

const summary = z.object({ summary: scheduleSummaryResult, issueCount: z.number() });

/** Each summary group's issues, their keys by project and number (`BIG-17` as `BIG: [17]`), others whole. */
const members = z.array(z.object({ group: z.string(), byProject: z.record(z.string(), z.array(z.number())), other: z.array(z.string()) }));

/** The first rows in the table's default order (early start ascending, no filter). */
const rows = z.object({ rows: z.array(scheduleNode), total: z.number(), issueCount: z.number() });

const milestoneCandidate = z.object({
  key: z.string(),
  summary: z.string(),
  type: z.string(),
  dueDate: z.nullable(z.string()),
  earlyFinish: z.string(),
  statusCategory,
  successorCount: z.number(),
});

/**
 * What `status/get` takes of the schedule (status-inputs.ts, less the project the read names), its findings of the
 * kinds it shows, and the milestone candidates; null when there were more candidates than a view keeps
 * (schedule-views/status-view.ts): then the whole schedule is read.
 */
const status = z.nullable(
  z.object({
    calendar: z.nullable(scheduleCalendar),
    projectStart: z.string(),
    projectFinish: z.string(),
    unestimated: z.number(),
    latestDue: z.nullable(z.object({ latest: z.string(), key: z.string() })),
    findings: z.array(finding),
    milestoneCandidates: z.array(milestoneCandidate),
  }),
);

/** What `risks/get`'s register is computed from (schedule-views/risk-plan-view.ts), and the issue types in scope. */
const risks = z.object({ nodes: z.array(scheduleNode), edges: z.array(scheduleEdge), cycles: z.array(scheduleCycle), types: z.array(z.string()) });

export interface StoredViews {
  access: z.infer<typeof access>;
  get: z.infer<typeof get>;
  summary: z.infer<typeof summary>;
  members: z.infer<typeof members>;
  rows: z.infer<typeof rows>;
  status: z.infer<typeof status>;
  risks: z.infer<typeof risks>;
  /** Where each summary group's nodes and links are stored (schedule-groups-store.ts), for one epic's detail. */
  groups: z.infer<typeof groupDirectory>;
}
export type ViewName = keyof StoredViews;

const VIEW_SCHEMAS: { [K in ViewName]: z.ZodMiniType<StoredViews[K]> } = { access, get, summary, members, rows, status, risks, groups: groupDirectory };

/** Every view a manifest names (a manifest missing one was stored by an earlier Keel). */
export const VIEW_NAMES = Object.keys(VIEW_SCHEMAS) as ViewName[];
export type ViewHashes = Record<string, string[]>;

/**
 * What a writer hands over (schedule-views/stored-views.ts): every view but `groups`, and the schedule's groups,
 * whose parts are stored with the views and whose directory is the `groups` view.
 */
export type ViewsToStore = Omit<StoredViews, 'groups'> & { byGroup: readonly ScheduleGroup[] };

/**
 * Each view's chunks, and the chunks of each part of the groups (the manifest's `groups`); `named` gives each
 * chunk the name the analysis's own chunks get (analysis-store.ts).
 */
export function viewChunks(views: ViewsToStore, named: (chunks: ContentChunk[]) => ContentChunk[]): { views: Record<ViewName, ContentChunk[]>; groups: ContentChunk[][] } {
  const groups = groupChunks(views.byGroup, named);
  const all: StoredViews = { ...views, groups: groups.directory };
  const chunksOf = (name: ViewName) => named(contentChunks(JSON.stringify(all[name])));
  return {
    views: { access: chunksOf('access'), get: chunksOf('get'), summary: chunksOf('summary'), members: chunksOf('members'), rows: chunksOf('rows'), status: chunksOf('status'), risks: chunksOf('risks'), groups: chunksOf('groups') },
    groups: groups.parts,
  };
}

/**
 * The views named, of the analysis `analysisKey` whose manifest names `hashes`; null when the manifest names none
 * of one (stored before Keel kept them), a chunk is missing (the generation was just replaced) or one does not parse.
 */
export async function loadScheduleViews<N extends ViewName>(store: AnalysisKvs, analysisKey: string, hashes: ViewHashes | undefined, names: readonly N[]): Promise<Pick<StoredViews, N> | null> {
  const wanted = names.map((name) => ({ name, hashes: hashes?.[name] ?? [], warmKey: `schedule-views:${analysisKey}:${name}` }));
  if (wanted.some((w) => w.hashes.length === 0)) return null;
  // Kept warm by the hashes of their chunks (warm-answers.ts): the same hashes name the same text, whatever the generation.
  const read: Partial<StoredViews> = {};
  const cold = wanted.filter((w) => {
    const kept = warmAnswer(w.warmKey, w.hashes.join('.'));
    if (kept !== undefined) Object.assign(read, { [w.name]: kept });
    return kept === undefined;
  });
  const keys = cold.flatMap((w) => w.hashes.map((hash) => contentChunkKey(analysisKey, hash)));
  const values = await mapInFlight(keys, MAX_READS_IN_FLIGHT, (key) => store.get(key));
  if (!values.every((v): v is string => typeof v === 'string')) return null;
  let at = 0;
  for (const { name, hashes: its, warmKey } of cold) {
    const text = values.slice(at, at + its.length).join('');
    at += its.length;
    const parsed = parsedView(name, text);
    if (parsed === null) return null;
    Object.assign(read, { [name]: keepWarmAnswer(warmKey, its.join('.'), parsed, text.length) });
  }
  return read as Pick<StoredViews, N>;
}

function parsedView<N extends ViewName>(name: N, text: string): StoredViews[N] | null {
  const schema: z.ZodMiniType<StoredViews[N]> = VIEW_SCHEMAS[name];
  return jsonTextAs(text, schema);
}
