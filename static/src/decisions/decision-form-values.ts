/**
 * The "Record a decision" form's values (plain strings, as typed) checked with zod/mini and turned into the
 * `decisions/create` payload: every problem at once, keyed by the field it belongs next to. Options are one per
 * line; issue keys are separated by commas or spaces. The back end checks the same rules with the contract.
 */
import * as z from 'zod/mini';
import type { DecisionStatus, PayloadOf } from '@contract';
import { DECISION_STATUSES } from '../api/decision-schemas';

export interface DecisionFormValues {
  title: string;
  status: DecisionStatus;
  context: string;
  options: string;
  outcome: string;
  consequences: string;
  supersedes: string;
  relatesTo: string;
}

export type DecisionFormField = keyof DecisionFormValues;
export type DecisionFormProblems = Partial<Record<DecisionFormField, string>>;

export const emptyDecisionForm = (relatesTo = ''): DecisionFormValues => ({
  title: '', status: 'proposed', context: '', options: '', outcome: '', consequences: '', supersedes: '', relatesTo,
});

const text = (max: number) => z.string().check(z.trim(), z.maxLength(max, `at most ${max} characters`));
const keyList = (max: number, what: string) =>
  z.array(z.string().check(z.regex(/^[A-Z][A-Z0-9_]{0,19}-[1-9][0-9]*$/, 'use issue keys such as WEB-12'))).check(z.maxLength(max, `at most ${max} ${what}`));

const formSchema = z.object({
  title: z.string().check(z.trim(), z.minLength(1, 'give the decision a title'), z.maxLength(255, 'a title is at most 255 characters')),
  status: z.enum(DECISION_STATUSES),
  context: text(10000),
  options: z.array(z.string().check(z.maxLength(500, 'an option is at most 500 characters'))).check(z.maxLength(20, 'at most 20 options')),
  outcome: text(10000),
  consequences: text(10000),
  supersedes: keyList(10, 'decisions'),
  relatesTo: keyList(20, 'issues'),
});

const isField = (field: unknown, values: DecisionFormValues): field is DecisionFormField => typeof field === 'string' && field in values;
const lines = (value: string): string[] => value.split('\n').map((l) => l.trim()).filter((l) => l !== '');
const keys = (value: string): string[] => value.split(/[\s,]+/).map((k) => k.trim().toUpperCase()).filter((k) => k !== '');

export function decisionPayloadOf(
  projectKey: string,
  values: DecisionFormValues,
): { ok: true; payload: PayloadOf<'decisions/create'> } | { ok: false; problems: DecisionFormProblems } {
  const parsed = formSchema.safeParse({ ...values, options: lines(values.options), supersedes: keys(values.supersedes), relatesTo: keys(values.relatesTo) });
  const problems: DecisionFormProblems = {};
  for (const issue of parsed.error?.issues ?? []) {
    const field = issue.path[0];
    if (isField(field, values)) problems[field] ??= issue.message;
  }
  if (values.status === 'decided' && values.outcome.trim() === '') problems.outcome ??= 'a decided decision needs its outcome';
  if (!parsed.success || Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, payload: { projectKey, ...parsed.data } };
}
