/** Result type of `overview/get` and `keel analyze`'s `overview` section: the Overview of the project page. */
import * as z from 'zod/mini';
import { finding } from './finding';
import { projectRef } from './report-scope';
import { storedAnswer } from './stored-answer';

export const typeStatusCount = z.object({
  type: z.string(),
  total: z.number(),
  byStatusCategory: z.object({ todo: z.number(), inProgress: z.number(), done: z.number() }),
  byStatus: z.array(z.object({ name: z.string(), count: z.number() })),
});
export type TypeStatusCount = z.infer<typeof typeStatusCount>;

export const linkTypeCount = z.object({
  name: z.string(),
  /** How Keel reads the link type as a dependency, e.g. "FS (outward side first)"; null when not mapped. */
  mappedAs: z.nullable(z.string()),
  count: z.number(),
});
export type LinkTypeCount = z.infer<typeof linkTypeCount>;

export const overviewResult = z.object({
  project: projectRef,
  scopeJql: z.string(),
  /** ISO date the figures were computed for. */
  asOf: z.string(),
  issueCount: z.number(),
  byType: z.array(typeStatusCount),
  linksByType: z.array(linkTypeCount),
  findings: z.array(finding),
  /** True when Keel could count links hidden from the viewer. */
  hiddenLinksChecked: z.boolean(),
  /** Present when the scope is above the background threshold: the figures come from the stored analysis. */
  stored: z.optional(storedAnswer),
});
export type OverviewResult = z.infer<typeof overviewResult>;
