/**
 * The time-tracking and cost fields earned value reads, for the issues of a scope: one search with only
 * those fields (the scope's own search asks for what the schedule needs). Values of the wrong type are null.
 */
import { z } from 'zod';
import type { ProductRequest } from '../product-request';
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
  const fields = ['timeoriginalestimate', 'timespent', 'timeestimate', ...(query.costField === null ? [] : [query.costField])];
  const { issues } = await searchIssues(request, { jql: query.jql, fields, maxIssues: query.maxIssues });
  const result = new Map<string, EvmFields>();
  for (const issue of issues) {
    const original = seconds.safeParse(issue.fields.timeoriginalestimate);
    const spent = seconds.safeParse(issue.fields.timespent);
    const remaining = seconds.safeParse(issue.fields.timeestimate);
    result.set(issue.key, {
      originalEstimateSeconds: original.success ? (original.data ?? null) : null,
      timeSpentSeconds: spent.success ? (spent.data ?? null) : null,
      remainingEstimateSeconds: remaining.success ? (remaining.data ?? null) : null,
      cost: query.costField === null ? null : numberOrNull(issue.fields[query.costField]),
    });
  }
  return result;
}
