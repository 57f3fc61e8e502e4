/**
 * `status/get` (issue 16, item 2): will the project make its launch date? A scope of at most the background
 * threshold is read once as the viewer and every analysis computed over it in the call (the critical path, earned
 * schedule, the levelled schedule, the forecast). A larger one answers from the stored analysis cut to what the
 * viewer may browse (get-project-schedule.ts), or from its stored `status` view when they hide nothing of it
 * (status-view.ts: a new instance then reads a chunk or two, not the schedule), earned schedule from the latest
 * daily snapshot they may see, and says that levelling and the forecast are not computed while they wait.
 */
import type { ScheduleBackground, StatusResult } from '../contract';
import type { BaselineKvs } from '../adapters/storage/baseline-store';
import { getHistory, type HistoryPorts } from './get-history';
import { scheduleOfScope } from './get-schedule';
import { storedViewerRead, storedViewerSchedule, type BackgroundSchedulePorts } from './get-project-schedule';
import { largeScope, type LargeScope } from './large-scope';
import { loadScope } from './load-scope';
import { projectTargets, targetReads, targetsOf } from './project-targets';
import { statusAnswer } from './status-answer';
import { milestoneCandidates, statusInputs } from './status-inputs';
import { statusFromView, statusOfSchedule, type StatusRead } from './schedule-views/status-view';
import type { ForecastCachePorts } from './cached-forecast';
import { statusFinishes, type StatusFinishes } from './status-finishes';

export interface StatusPorts extends BackgroundSchedulePorts, ForecastCachePorts {
  baselines?: BaselineKvs;
  /** The daily snapshots, for a large project's earned schedule; absent where none are kept (the CLI). */
  history?: HistoryPorts;
  /** Milliseconds of a monotonic clock, for the levelling's time budget. */
  clockMs: () => number;
}

export async function getStatus(ports: StatusPorts, input: { projectKey: string; asOf: string }): Promise<StatusResult> {
  const large = await largeScope(ports, input.projectKey);
  if (large) return storedStatus(ports, large, input.asOf);
  const scope = await loadScope(ports, input.projectKey);
  const schedule = await scheduleOfScope(ports, scope, input.asOf);
  const targets = await projectTargets(ports.viewerJira, { settings: scope.settings.targets, projectKey: scope.project.key, candidates: milestoneCandidates(schedule.nodes, schedule.edges), asOf: input.asOf });
  const finishes = await statusFinishes(ports, scope, { asOf: input.asOf, targetDate: targets.target?.date ?? null });
  return statusAnswer({ schedule: statusInputs(schedule), settings: scope.settings, targets, finishes, asOf: input.asOf });
}

const NOT_WHILE_WAITING = (issues: number | null) =>
  `Not computed for a project this large (${issues === null ? 'above' : `${issues.toLocaleString('en')} issues, above`} the background threshold) while you wait: see the Forecast tab.`;

/**
 * What a large project's status is read from: its stored `status` view when the viewer hides nothing of the
 * stored schedule (get-project-schedule.ts `storedViewerRead`, the path `schedule/get` takes), else the whole
 * stored schedule cut for them; a view not kept (too many milestone candidates) is read whole too.
 */
async function storedStatusRead(ports: StatusPorts, large: LargeScope, asOf: string): Promise<StatusRead & { background: ScheduleBackground | undefined }> {
  const read = await storedViewerRead(ports, large, asOf, ['status']);
  const view = read.views?.status;
  if (read.views && view) return { ...statusFromView(view, read.read), background: read.read.background };
  const schedule = read.views ? await storedViewerSchedule(ports, large, asOf) : read.schedule;
  return { ...statusOfSchedule(schedule), background: schedule.background };
}

async function storedStatus(ports: StatusPorts, large: LargeScope, asOf: string): Promise<StatusResult> {
  // The targets' reads and the latest snapshot need nothing of the schedule: read while it is (a few round trips saved).
  const [{ inputs, candidates, findings, background }, reads, earned] = await Promise.all([
    storedStatusRead(ports, large, asOf),
    targetReads(ports.viewerJira, large.settings.targets, large.project.key),
    latestEarnedSchedule(ports.history, large.project.key, asOf),
  ]);
  if (background?.state === 'unavailable') return emptyStatus(large, asOf, 'unavailable', background.reason, background);
  if (background?.state !== 'ready') {
    return emptyStatus(large, asOf, 'computing', 'Being computed: this large project\'s schedule is not stored yet. Keel asks again by itself.', { state: 'computing' });
  }
  const targets = targetsOf(reads, { settings: large.settings.targets, candidates, asOf });
  const finishes: StatusFinishes = {
    earnedSchedule: earned.value,
    levelled: null,
    forecast: null,
    notes: { earnedSchedule: earned.note, levelled: NOT_WHILE_WAITING(large.counted), forecast: NOT_WHILE_WAITING(large.counted) },
  };
  const answer = statusAnswer({ schedule: inputs, settings: large.settings, targets, finishes, asOf });
  return { ...answer, findings: [...answer.findings, ...findings], stored: { state: 'ready', computedAt: background.computedAt, hiddenIssues: background.hiddenIssues } };
}

/** A large project's answer before its stored schedule can be read: a headline and nothing else. */
function emptyStatus(large: LargeScope, asOf: string, status: 'unavailable' | 'computing', headline: string, stored: NonNullable<StatusResult['stored']>): StatusResult {
  return {
    project: { key: large.project.key, name: large.project.name },
    asOf,
    status,
    headline,
    target: null,
    reasons: [],
    finishes: [],
    probabilityByTarget: null,
    disagreements: [],
    milestones: [],
    findings: [],
    stored,
  };
}

/** Days of daily snapshots looked back through for the latest earned schedule. */
const SNAPSHOT_DAYS = 7;

/** The latest daily snapshot's earned schedule as the viewer may see it (get-history.ts), or why there is none. */
async function latestEarnedSchedule(history: HistoryPorts | undefined, projectKey: string, asOf: string): Promise<{ value: StatusFinishes['earnedSchedule']; note: string }> {
  if (!history) return { value: null, note: 'Not available: no daily snapshots are kept here.' };
  const from = new Date(Date.parse(`${asOf}T00:00:00Z`) - SNAPSHOT_DAYS * 86_400_000).toISOString().slice(0, 10);
  const { snapshots } = await getHistory(history, { projectKey, from, to: asOf });
  const latest = [...snapshots].reverse().find((s) => s.evm !== null);
  if (!latest?.evm) return { value: null, note: `Not available: no daily snapshot of the last ${SNAPSHOT_DAYS} days holds earned value you may see (a project is tracked once its Earned value tab is opened).` };
  const es = latest.evm.earnedSchedule;
  return { value: es.forecastFinish === null ? null : { finish: es.forecastFinish, spiT: es.spit }, note: `From the daily snapshot of ${latest.date} (SPI(t) ${es.spit === null ? 'not defined' : es.spit.toFixed(2)}).` };
}
