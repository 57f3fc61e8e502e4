/**
 * "What to chase" this week (issue #16 item 4), from a computed schedule: (1) late critical and near-critical
 * work: open, and finishing after its due date or past it (the node's `late`); (2) blocked critical and
 * near-critical work: flagged or in a status named like "Blocked" (the node's `blocked`), or waiting through a link
 * type named like "blocks" on an open predecessor that is itself late or blocked (an open blocker merely ahead of
 * it in order is the plan, not a block); (3) predecessors not started whose due date falls by the end of the week
 * from the status date (chase-week.ts), overdue ones included, while an open successor waits on them; (4) work
 * started or done while a finish-to-start predecessor is not done (out-of-sequence progress, PMI Practice Standard
 * for Scheduling). One entry per issue with all its reasons; O(V + E).
 */
import { compareIssueKeys } from '../issue-key-order';
import { chaseWeekEnd } from './chase-week';

export type ChaseReasonKind = 'late' | 'blocked' | 'out-of-sequence' | 'predecessor-due';
/** The order entries are listed in, by their first reason. */
export const CHASE_REASON_KINDS: readonly ChaseReasonKind[] = ['late', 'blocked', 'out-of-sequence', 'predecessor-due'];

export interface ChaseNode {
  key: string;
  summary: string;
  status: string;
  statusCategory: 'todo' | 'inProgress' | 'done';
  assignee: { accountId: string; displayName: string } | null;
  external: boolean;
  critical: boolean;
  nearCritical: boolean;
  late: boolean;
  blocked: boolean;
  dueDate: string | null;
  /** Working days from the due date to the early finish (positive: late); null or absent when unknown. */
  dueVarianceDays?: number | null | undefined;
  earlyStart: string;
}

export interface ChaseEdge {
  from: string;
  to: string;
  kind: 'FS' | 'SS' | 'FF' | 'SF';
  linkType: string;
  ignored: boolean;
}

export interface ChaseEntry {
  key: string;
  summary: string;
  assignee: { accountId: string; displayName: string } | null;
  status: string;
  statusCategory: 'todo' | 'inProgress' | 'done';
  dueDate: string | null;
  /** Working days its finish is past its due date; null when not late or not known. */
  slipDays: number | null;
  critical: boolean;
  nearCritical: boolean;
  external: boolean;
  reasons: { kind: ChaseReasonKind; text: string }[];
}

export interface ChaseList {
  asOf: string;
  /** The last day of "this week": the status date plus six days. */
  weekEnd: string;
  entries: ChaseEntry[];
}

const BLOCKING_LINK = /block/i;
const BLOCKED_STATUS = /block/i;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function chaseList(input: { nodes: readonly ChaseNode[]; edges: readonly ChaseEdge[]; asOf: string }): ChaseList {
  const { nodes, asOf } = input;
  const weekEnd = chaseWeekEnd(asOf);
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const edges = input.edges.filter((e) => !e.ignored && byKey.has(e.from) && byKey.has(e.to));
  // Each node's links in and out, in the edges' order: O(V + E), not a scan of every edge for every node.
  const into = new Map<string, ChaseEdge[]>();
  const outOf = new Map<string, ChaseEdge[]>();
  const append = (map: Map<string, ChaseEdge[]>, key: string, e: ChaseEdge) => {
    const list = map.get(key);
    if (list) list.push(e);
    else map.set(key, [e]);
  };
  for (const e of edges) {
    append(into, e.to, e);
    append(outOf, e.from, e);
  }
  const incoming = (key: string): ChaseEdge[] => into.get(key) ?? [];
  const reasons = new Map<string, { kind: ChaseReasonKind; text: string }[]>();
  const add = (key: string, kind: ChaseReasonKind, text: string) => reasons.set(key, [...(reasons.get(key) ?? []), { kind, text }]);
  const open = (n: ChaseNode) => n.statusCategory !== 'done';
  const pathWord = (n: ChaseNode) => (n.critical ? 'Critical' : 'Near-critical');
  const stuck = (n: ChaseNode) => open(n) && (n.late || n.blocked);

  for (const n of nodes) {
    if (!open(n) || !(n.critical || n.nearCritical)) continue;
    if (n.late) {
      const v = n.dueVarianceDays;
      add(n.key, 'late', v != null && v > 0 ? `${pathWord(n)}, finishes ${plural(v, 'working day', 'working days')} after its due date ${n.dueDate ?? ''}` : `${pathWord(n)}, late against its due date ${n.dueDate ?? ''}`);
    }
    const blockers = incoming(n.key).filter((e) => BLOCKING_LINK.test(e.linkType)).map((e) => byKey.get(e.from)).filter((p): p is ChaseNode => p !== undefined && stuck(p));
    if (n.blocked) add(n.key, 'blocked', `${pathWord(n)}, ${BLOCKED_STATUS.test(n.status) ? `in status ${n.status}` : 'flagged'}`);
    else if (blockers.length > 0) {
      const one = blockers.length === 1;
      const named = blockers.sort((a, b) => compareIssueKeys(a.key, b.key)).map((p) => `${p.key}${one ? ', which is ' : ' ('}${p.late ? 'late' : 'blocked'}${one ? '' : ')'}`);
      add(n.key, 'blocked', `${pathWord(n)}, blocked by ${named.join(', ')}`);
    }
  }
  for (const n of nodes) {
    if (n.statusCategory === 'todo') continue;
    const early = incoming(n.key).filter((e) => e.kind === 'FS').map((e) => byKey.get(e.from)).filter((p): p is ChaseNode => p !== undefined && open(p));
    if (early.length > 0) add(n.key, 'out-of-sequence', `${n.statusCategory === 'done' ? 'Done' : 'Started'} before its ${early.length === 1 ? 'predecessor' : 'predecessors'} ${early.map((p) => p.key).sort(compareIssueKeys).join(', ')} finished (finish-to-start)`);
  }
  for (const n of nodes) {
    if (n.statusCategory !== 'todo' || n.dueDate === null || n.dueDate > weekEnd) continue;
    const waiting = (outOf.get(n.key) ?? []).map((e) => byKey.get(e.to)).filter((s): s is ChaseNode => s !== undefined && open(s));
    if (waiting.length === 0) continue;
    const names = waiting.map((s) => s.key).sort(compareIssueKeys);
    const who = names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
    add(n.key, 'predecessor-due', `Not started, due ${n.dueDate} (${n.dueDate < asOf ? 'overdue' : 'this week'}); ${who} ${names.length === 1 ? 'waits' : 'wait'} on it`);
  }

  const entries = [...reasons].map(([key, found]): ChaseEntry => {
    const n = byKey.get(key) as ChaseNode;
    const sorted = [...found].sort((a, b) => CHASE_REASON_KINDS.indexOf(a.kind) - CHASE_REASON_KINDS.indexOf(b.kind));
    const v = n.dueVarianceDays;
    return {
      key, summary: n.summary, assignee: n.assignee, status: n.status, statusCategory: n.statusCategory, dueDate: n.dueDate,
      slipDays: n.late && open(n) && v != null && v > 0 ? v : null,
      critical: n.critical, nearCritical: n.nearCritical, external: n.external, reasons: sorted,
    };
  });
  entries.sort(chaseOrder);
  return { asOf, weekEnd, entries };
}

/** By first reason, then the larger slip, then the nearer due date, then Jira's key order. */
function chaseOrder(a: ChaseEntry, b: ChaseEntry): number {
  const rank = (e: ChaseEntry) => CHASE_REASON_KINDS.indexOf(e.reasons[0]?.kind ?? 'predecessor-due');
  return rank(a) - rank(b) || (b.slipDays ?? -1) - (a.slipDays ?? -1) || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || compareIssueKeys(a.key, b.key);
}
