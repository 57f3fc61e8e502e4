/** A data-quality finding (the Overview, the Dependencies tab, a stored analysis): data, shown to the user. */
import * as z from 'zod/mini';
import type { FindingKind } from '../domain/finding';

const texts = z.array(z.string());

const FINDING_KINDS = [
  'missing-estimate',
  'link-outside-scope',
  'link-not-visible',
  'duplicate-link',
  'self-link',
  'scope-truncated',
  'dependency-cycle',
  'unmapped-link-type',
  'mapped-field-missing',
  'remaining-assumed',
  'out-of-sequence',
  'malformed-date',
  'parent-estimate-unused',
  'summary-link',
  'children-hidden',
  'levelling-unassigned',
  'levelling-pooled',
  'levelling-unestimated',
  'levelling-no-capacity',
  'levelling-time-off',
  'levelling-over-allocated',
  'levelling-cut-short',
  'target-past',
  'target-undated',
  'milestone-undated',
] as const satisfies readonly FindingKind[];

export const finding = z.object({
  kind: z.enum(FINDING_KINDS),
  severity: z.enum(['info', 'warning']),
  title: z.string(),
  /** What to do about it, in Jira or in Keel's settings. */
  advice: z.string(),
  issueKeys: texts,
  details: texts,
  count: z.number(),
});
export type Finding = z.infer<typeof finding>;
export type { FindingKind } from '../domain/finding';
