/** zod/mini schema of a data-quality finding; its enums must list the contract's unions exactly. */
import * as z from 'zod/mini';
import type { Finding, FindingKind } from '@contract';

/** True only when `Listed` covers every member of `Union`. */
type Covers<Union, Listed> = [Exclude<Union, Listed>] extends [never] ? true : false;

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
  'parent-estimate-unused',
  'summary-link',
  'children-hidden',
] as const satisfies readonly FindingKind[];
const SEVERITIES = ['info', 'warning'] as const satisfies readonly Finding['severity'][];

export const findingListsAreComplete: [Covers<FindingKind, (typeof FINDING_KINDS)[number]>, Covers<Finding['severity'], (typeof SEVERITIES)[number]>] = [true, true];

export const finding: z.ZodMiniType<Finding> = z.object({
  kind: z.enum(FINDING_KINDS),
  severity: z.enum(SEVERITIES),
  title: z.string(),
  advice: z.string(),
  issueKeys: z.array(z.string()),
  details: z.array(z.string()),
  count: z.number(),
});
