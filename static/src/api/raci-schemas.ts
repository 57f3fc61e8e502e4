/** zod/mini schema of `raci/get`'s result, typed by the contract; its enums must list the contract's unions exactly. */
import * as z from 'zod/mini';
import type { RaciDeliverable, RaciFinding, RaciResult, RaciRole, ReportScope } from '@contract';

const CATEGORIES = ['todo', 'inProgress', 'done'] as const satisfies readonly RaciDeliverable['statusCategory'][];
const SOURCES = ['field', 'reporter', 'none'] as const satisfies readonly RaciDeliverable['accountableSource'][];
const KINDS = ['no-accountable', 'several-accountable', 'no-responsible', 'accountable-overload'] as const satisfies readonly RaciFinding['kind'][];
const ROLES = ['R', 'A', 'C', 'I'] as const satisfies readonly RaciRole[];

export const person = z.object({ accountId: z.string(), displayName: z.string(), active: z.boolean() });
export const people = z.array(person);

export const reportScope: z.ZodMiniType<ReportScope> = z.object({ projectKey: z.nullable(z.string()), jql: z.nullable(z.string()), label: z.string() });

export const deliverable: z.ZodMiniType<RaciDeliverable> = z.object({
  key: z.string(),
  summary: z.string(),
  status: z.string(),
  statusCategory: z.enum(CATEGORIES),
  responsible: people,
  accountable: people,
  consulted: people,
  informed: people,
  accountableSource: z.enum(SOURCES),
});

export const raciFinding: z.ZodMiniType<RaciFinding> = z.object({ kind: z.enum(KINDS), title: z.string(), advice: z.string(), issueKeys: z.array(z.string()), people });

export const raciResult: z.ZodMiniType<RaciResult> = z.object({
  rows: z.array(deliverable),
  people,
  findings: z.array(raciFinding),
  scope: reportScope,
  deliverablesJql: z.string(),
  roleFields: z.array(z.object({ role: z.enum(ROLES), fieldId: z.nullable(z.string()), fieldName: z.nullable(z.string()) })),
  accountableLimit: z.number(),
  truncatedAt: z.nullable(z.number()),
});
