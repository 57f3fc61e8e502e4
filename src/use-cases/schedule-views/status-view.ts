/**
 * The `status` view of a stored schedule (issue #11): what `status/get` takes of it (status-inputs.ts), the
 * findings of the kinds it shows, and the milestone candidates, so a new instance answers a viewer who hides
 * nothing without reading the schedule's nodes and links. Which candidates are milestones is decided when it is
 * read, against the settings and labels of that moment, so every candidate is kept: up to CANDIDATE_BYTES of them.
 * O(V + E) to build; O(candidates + findings) to read.
 */
import type { Finding, ScheduleResult } from '../../contract';
import type { StoredViews } from '../../adapters/storage/schedule-views-store';
import { milestoneCandidates, statusInputs, type MilestoneCandidate, type StatusInputs } from '../status-inputs';
import { prefixWithin } from './answer-budget';

type Stored = Omit<ScheduleResult, 'background'>;
export type StatusView = StoredViews['status'];

/**
 * Bytes of JSON the milestone candidates may take: a quarter of Keel's 1 MB answer budget, however long the
 * summaries. A candidate typically weighs 150 to 200 bytes, so about 1,500 fit: far more than any plan has
 * milestones (a page shows 50). A site that maps a common type as milestone and leaves thousands of its issues
 * unestimated goes past it: then no view is kept (null) and `status/get` reads the whole schedule, as before.
 */
export const CANDIDATE_BYTES = 256 * 1024;

/** The finding kinds `status/get` shows of the schedule's. */
export const STATUS_FINDING_KINDS: ReadonlySet<Finding['kind']> = new Set(['link-not-visible', 'scope-truncated']);

export function statusView(schedule: Stored, candidateBytes = CANDIDATE_BYTES): StatusView {
  const milestones = milestoneCandidates(schedule.nodes, schedule.edges);
  if (prefixWithin(milestones, candidateBytes).length < milestones.length) return null;
  const { calendar, projectStart, projectFinish, unestimated, latestDue } = statusInputs(schedule);
  return { calendar, projectStart, projectFinish, unestimated, latestDue, findings: schedule.findings.filter((f) => STATUS_FINDING_KINDS.has(f.kind)), milestoneCandidates: milestones };
}

/** What `status/get` reads of a schedule: from the whole one (as the viewer sees it) or from its view. */
export interface StatusRead {
  inputs: StatusInputs;
  candidates: readonly MilestoneCandidate[];
  findings: Finding[];
}

export function statusOfSchedule(schedule: ScheduleResult): StatusRead {
  return { inputs: statusInputs(schedule), candidates: milestoneCandidates(schedule.nodes, schedule.edges), findings: schedule.findings.filter((f) => STATUS_FINDING_KINDS.has(f.kind)) };
}

/** The view with the read's own parts: the project as the viewer read it, the choice's findings (answers-from-views.ts). */
export function statusFromView(view: NonNullable<StatusView>, read: { project: StatusInputs['project']; findings: readonly Finding[] }): StatusRead {
  const { calendar, projectStart, projectFinish, unestimated, latestDue } = view;
  return {
    inputs: { project: read.project, calendar, projectStart, projectFinish, unestimated, latestDue },
    candidates: view.milestoneCandidates,
    findings: [...view.findings, ...read.findings.filter((f) => STATUS_FINDING_KINDS.has(f.kind))],
  };
}
