/**
 * The time-tracking and cost fields earned value reads, for the issues of a scope: one search with only
 * those fields (the scope's own search asks for what the schedule needs). Values of the wrong type are null.
 */
import { z } from 'zod';
import type { ProductRequest } from '../product-request';
import type { JiraIssue } from './jira-issue-schema';
import { searchIssues } from './search-issues';

export interface EvmFields {
  /** The issue's own original estimate (not the sum over its sub-tasks). */
  originalEstimateSeconds: number | null;
  timeSpentSeconds: number | null;
  remainingEstimateSeconds: number | null;
  /** The mapped cost field's number, null when empty, unmapped or not a number. */
  cost: number | null;
}

const seconds = z.number().nullable().optional();
const numberOrNull = (value: unknown): number | null => {
  const parsed = z.number().safeParse(value);
  return parsed.success ? parsed.data : null;
};

export async function fetchEvmFields(
  request: ProductRequest,
  query: { jql: string; costField: string | null; maxIssues: number },
): Promise<Map<string, EvmFields>> {
  const fields = evmFieldIds(query.costField);
  const { issues } = await searchIssues(request, { jql: query.jql, fields, maxIssues: query.maxIssues });
  return new Map(issues.map((issue) => [issue.key, evmFieldsOf(issue, query.costField)]));
}

/** The fields earned value needs that Jira may list for any issue it returns; the cost field's when mapped. */
export const evmFieldIds = (costField: string | null): string[] => ['timeoriginalestimate', 'timespent', 'timeestimate', ...(costField === null ? [] : [costField])];

/** One issue's earned value fields, from a search that asked for `evmFieldIds`. */
export function evmFieldsOf(issue: JiraIssue, costField: string | null): EvmFields {
  const original = seconds.safeParse(issue.fields.timeoriginalestimate);
  const spent = seconds.safeParse(issue.fields.timespent);
  const remaining = seconds.safeParse(issue.fields.timeestimate);
  return {
    originalEstimateSeconds: original.success ? (original.data ?? null) : null,
    timeSpentSeconds: spent.success ? (spent.data ?? null) : null,
    remainingEstimateSeconds: remaining.success ? (remaining.data ?? null) : null,
    cost: costField === null ? null : numberOrNull(issue.fields[costField]),
  };
}
