/** The short texts drawn on a node: a summary cut to fit the box, and its slack. */
import type { ScheduleNode } from '@contract';

/** Cuts `text` to `max` characters with an ellipsis; the full text goes in the node's tooltip. */
export function truncated(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

/** Days to one decimal: 2.125 → "2.1". */
export function days(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** "critical", "slack 3d", or "slack 1.5d". */
export function slackLabel(node: ScheduleNode): string {
  if (node.critical) return 'critical';
  return `slack ${days(node.totalSlackDays)}d`;
}

/** The edge's label: nothing for a plain finish-to-start link, else its kind and lag ("SS+2d", "FS−1d"). */
export function edgeLabel(kind: string, lagDays: number): string | null {
  if (kind === 'FS' && lagDays === 0) return null;
  if (lagDays === 0) return kind;
  return `${kind}${lagDays > 0 ? '+' : '−'}${Math.abs(lagDays)}d`;
}

/** The duration drawn on a node: "3d", or for work under way the days left, "1.4d left". */
export function durationLabel(node: ScheduleNode): string {
  return node.underWay ? `${days(node.underWay.daysLeft)}d left` : `${days(node.durationDays)}d`;
}

/**
 * The dates of work under way in plain words, "started 2026-09-21 · 1.4 days left · finishes 2026-11-30"
 * ("in progress" when its start is not known); null for other work.
 */
export function underWayText(node: ScheduleNode): string | null {
  if (!node.underWay) return null;
  const left = Math.round(node.underWay.daysLeft * 10) / 10;
  const start = node.underWay.actualStart === null ? 'in progress' : `started ${node.underWay.actualStart}`;
  return `${start} · ${left} ${left === 1 ? 'day' : 'days'} left · finishes ${node.earlyFinish}`;
}

/** The node's tooltip and accessible name, in one line per fact. */
export function nodeDescription(node: ScheduleNode): string {
  const facts = [
    `${node.key}: ${node.summary}`,
    `${node.status} · ${node.assignee?.displayName ?? 'Unassigned'}`,
    node.underWay
      ? `${capitalised(underWayText(node) ?? '')} (latest finish ${node.lateFinish})`
      : `${node.durationDays}d, ${node.earlyStart} to ${node.earlyFinish} (latest ${node.lateStart} to ${node.lateFinish})`,
    node.critical ? 'On the critical path' : `Total slack ${node.totalSlackDays}d${node.nearCritical ? ', near-critical' : ''}`,
  ];
  if (node.external) facts.push(`Outside the scope (project ${node.projectKey})`);
  if (node.missingDuration) facts.push('No duration: scheduled as taking no time');
  if (node.late) facts.push('Late');
  if (node.blocked) facts.push('Blocked');
  return facts.join('\n');
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
