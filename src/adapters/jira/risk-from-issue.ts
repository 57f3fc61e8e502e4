/**
 * Jira risk issue -> domain `RiskRecord`, reading the fields the risk settings map. Values are parsed with
 * zod here: text where a number belongs becomes null with a problem naming the field, never a wrong number.
 * Number fields may also be selects whose option starts with a number ("3 - Likely").
 */
import { z } from 'zod';
import type { RiskFieldIds } from '../../config/risk-settings';
import type { RiskOwner, RiskRecord } from '../../domain/risk/risk-record';
import type { StatusCategory } from '../../domain/work-item';
import type { JiraIssue } from './jira-issue-schema';

const user = z.looseObject({ accountId: z.string(), displayName: z.string().optional(), active: z.boolean().optional() });
const option = z.looseObject({ value: z.string() });
const numberLike = z.union([z.number().finite(), z.string(), option]);
const dateValue = z.string().regex(/^\d{4}-\d{2}-\d{2}/);

/** How the risk settings and the site name each field, for problems a person can act on. */
export interface RiskFieldMap {
  ids: RiskFieldIds;
  /** Field id -> the site's name for it. */
  names: ReadonlyMap<string, string>;
  treatmentLinkType: string;
  /** The forecast's number field holding the working days a risk adds when it strikes (forecast settings). */
  scheduleImpactDays?: string | null;
}

function readNumber(issue: JiraIssue, id: string | null, map: RiskFieldMap, problems: string[]): number | null {
  const raw: unknown = id === null ? null : issue.fields[id];
  if (id === null || raw === null || raw === undefined) return null;
  const parsed = numberLike.safeParse(raw);
  if (!parsed.success) return textProblem(JSON.stringify(raw));
  const value = parsed.data;
  if (typeof value === 'number') return value;
  const text = typeof value === 'string' ? value : value.value;
  const leading = /^\s*(-?\d+(?:\.\d+)?)(?:$|\s|%|:)/.exec(text);
  if (leading?.[1] !== undefined) return Number(leading[1]);
  return textProblem(text);

  function textProblem(shown: string): null {
    problems.push(`${map.names.get(id ?? '') ?? id} holds "${shown.slice(0, 60)}", not a number.`);
    return null;
  }
}

function readText(issue: JiraIssue, id: string | null): string | null {
  if (id === null) return null;
  const value = z.union([z.string(), option]).safeParse(issue.fields[id]);
  if (!value.success) return null;
  return typeof value.data === 'string' ? value.data : value.data.value;
}

function readDate(issue: JiraIssue, id: string | null): string | null {
  if (id === null) return null;
  const value = dateValue.safeParse(issue.fields[id]);
  return value.success ? value.data.slice(0, 10) : null;
}

function readOwner(issue: JiraIssue, id: string | null): RiskOwner | null {
  const parsed = user.safeParse(id === null ? issue.fields.assignee : issue.fields[id]);
  if (!parsed.success) return null;
  const { accountId, displayName, active } = parsed.data;
  return { accountId, displayName: displayName ?? accountId, active: active ?? true };
}

function statusCategory(key: string | undefined): StatusCategory {
  return key === 'done' ? 'done' : key === 'indeterminate' ? 'inProgress' : 'todo';
}

export function riskFromIssue(issue: JiraIssue, map: RiskFieldMap): RiskRecord {
  const { ids } = map;
  const problems: string[] = [];
  const num = (id: string | null) => readNumber(issue, id, map, problems);
  const links = (issue.fields.issuelinks ?? []).flatMap((l) => {
    const other = l.outwardIssue ?? l.inwardIssue;
    return other ? [{ type: l.type.name, key: other.key }] : [];
  });
  const treatment = map.treatmentLinkType.toLowerCase();
  return {
    key: issue.key,
    summary: issue.fields.summary ?? '',
    status: issue.fields.status?.name ?? 'Unknown status',
    statusCategory: statusCategory(issue.fields.status?.statusCategory?.key),
    category: readText(issue, ids.category),
    owner: readOwner(issue, ids.owner),
    probability: num(ids.probability),
    impact: num(ids.impact),
    residualProbability: num(ids.residualProbability),
    residualImpact: num(ids.residualImpact),
    severity: num(ids.severity),
    occurrence: num(ids.occurrence),
    detection: num(ids.detection),
    proximityDate: readDate(issue, ids.proximityDate),
    reviewDate: readDate(issue, ids.reviewDate),
    ...(map.scheduleImpactDays ? { scheduleImpactDays: num(map.scheduleImpactDays) } : {}),
    treatmentKeys: [...new Set(links.filter((l) => l.type.toLowerCase() === treatment).map((l) => l.key))],
    linkedKeys: [...new Set(links.map((l) => l.key))],
    problems,
  };
}

/** The fields a risk search asks for: the basics, every mapped risk field and the forecast's schedule impact field. */
export function riskFieldsToRequest(ids: RiskFieldIds, scheduleImpactDays: string | null = null): string[] {
  const mapped = [...Object.values(ids), scheduleImpactDays].filter((id): id is string => id !== null);
  return [...new Set(['summary', 'status', 'issuetype', 'assignee', 'issuelinks', ...mapped])];
}
