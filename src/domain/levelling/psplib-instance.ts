/**
 * A single-mode PSPLIB instance (`.sm`; R. Kolisch and A. Sprecher, "PSPLIB - A project scheduling problem
 * library", EJOR 96, 1996) read from its text, and made a levelling problem: jobs are activities, successors are
 * finish-to-start links without lag, R1..Rk are resources at constant capacity. The file states the job count,
 * the horizon (the sum of the durations) and the MPM time (the critical-path length), which its tests check.
 * O(size of the file).
 */
import { AppError } from '../../app-error';
import { adjacency } from '../schedule/compressed-adjacency';
import { FS } from '../schedule/schedule-network';
import { topologicalOrder } from '../schedule/topological-order';
import type { LevellingProblem } from './levelling-problem';

export interface PsplibInstance {
  jobs: number;
  horizon: number;
  /** The critical-path length the file states (PROJECT INFORMATION, MPM-Time); null when absent. */
  mpmTime: number | null;
  durations: number[];
  /** successors[j]: 0-based job indices. */
  successors: number[][];
  /** demands[j][r]. */
  demands: number[][];
  capacities: number[];
}

const numbers = (line: string): number[] => line.trim().split(/\s+/).filter(Boolean).map(Number);

function invalid(message: string): AppError {
  return new AppError('BAD_REQUEST', `Not a single-mode PSPLIB file: ${message}.`);
}

/** The data lines of the section whose header starts with `title` (up to the next line of stars). */
function section(lines: string[], title: string): string[] {
  const at = lines.findIndex((l) => l.trim().toUpperCase().startsWith(title));
  if (at < 0) throw invalid(`no "${title}" section`);
  const rows: string[] = [];
  for (let k = at + 1; k < lines.length && !(lines[k] ?? '').startsWith('***'); k++) {
    const line = lines[k] ?? '';
    if (/^\s*\d/.test(line)) rows.push(line);
  }
  return rows;
}

function field(lines: string[], name: string): number {
  const line = lines.find((l) => l.startsWith(name));
  const value = Number(line?.split(':')[1]?.trim().split(/\s+/)[0]);
  if (!Number.isInteger(value)) throw invalid(`no "${name}" line`);
  return value;
}

export function psplibInstance(text: string): PsplibInstance {
  const lines = text.split(/\r?\n/);
  const jobs = field(lines, 'jobs');
  const horizon = field(lines, 'horizon');
  const info = section(lines, 'PROJECT INFORMATION').map(numbers)[0];
  const precedence = section(lines, 'PRECEDENCE RELATIONS').map(numbers);
  const requests = section(lines, 'REQUESTS/DURATIONS').map(numbers);
  const capacities = section(lines, 'RESOURCEAVAILABILITIES').map(numbers)[0] ?? [];
  if (precedence.length !== jobs || requests.length !== jobs) throw invalid(`${jobs} jobs stated, ${precedence.length} precedence and ${requests.length} request rows`);
  if (capacities.length === 0) throw invalid('no resource availabilities');
  const successors = precedence.map((row, j) => {
    const [job, , count = 0, ...rest] = row;
    if (job !== j + 1 || rest.length !== count) throw invalid(`precedence row ${j + 1} is not "job modes count successors..."`);
    if (rest.some((s) => !Number.isInteger(s) || s < 1 || s > jobs)) throw invalid(`job ${j + 1} has a successor outside 1..${jobs}`);
    return rest.map((s) => s - 1);
  });
  const durations: number[] = [];
  const demands = requests.map((row, j) => {
    const [job, mode, duration = NaN, ...need] = row;
    if (job !== j + 1 || mode !== 1) throw invalid(`request row ${j + 1} is not single-mode "job 1 duration demands..."`);
    if (need.length !== capacities.length || !(duration >= 0) || need.some((q) => !(q >= 0))) throw invalid(`job ${j + 1} has ${need.length} demands for ${capacities.length} resources`);
    durations.push(duration);
    return need;
  });
  return { jobs, horizon, mpmTime: info?.[5] ?? null, durations, successors, demands, capacities };
}

export function psplibProblem(instance: PsplibInstance): LevellingProblem {
  const n = instance.jobs;
  const from: number[] = [];
  const to: number[] = [];
  instance.successors.forEach((next, j) => next.forEach((s) => (from.push(j), to.push(s))));
  const edgeFrom = Int32Array.from(from);
  const edgeTo = Int32Array.from(to);
  const out = adjacency(n, edgeFrom, from.length);
  const into = adjacency(n, edgeTo, to.length);
  const graph = {
    edgeFrom,
    edgeTo,
    edgeKind: new Uint8Array(from.length).fill(FS),
    edgeLag: new Float64Array(from.length),
    outStart: out.start,
    outEdge: out.edge,
    inStart: into.start,
    inEdge: into.edge,
  };
  const removed = new Uint8Array(from.length);
  const order = topologicalOrder(graph, removed);
  if (!order) throw invalid('its precedence relations have a cycle');
  return {
    network: {
      graph,
      removed,
      duration: Float64Array.from(instance.durations),
      fixedStart: new Float64Array(n).fill(NaN),
      fixedFinish: new Float64Array(n).fill(NaN),
      order,
    },
    resources: instance.capacities.map((capacity, r) => ({ id: `R${r + 1}`, capacity })),
    demands: instance.demands.map((need) => need.flatMap((units, resource) => (units > 0 ? [{ resource, units }] : []))),
    names: Array.from({ length: n }, (_, j) => String(j + 1)),
  };
}
