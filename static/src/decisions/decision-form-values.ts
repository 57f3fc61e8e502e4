/**
 * The "Record a decision" form's values (plain strings, as typed) turned into the `decisions/create` payload and
 * checked with the contract's own payload schema, as the back end checks it: every problem at once, keyed by the
 * field it belongs next to. Options are one per line; issue keys are separated by commas or spaces.
 */
import { recordDecisionPayload, type DecisionStatus, type PayloadOf } from '@contract';

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

const isField = (field: unknown, values: DecisionFormValues): field is DecisionFormField => typeof field === 'string' && field in values;
const lines = (value: string): string[] => value.split('\n').map((l) => l.trim()).filter((l) => l !== '');
const keys = (value: string): string[] => value.split(/[\s,]+/).map((k) => k.trim().toUpperCase()).filter((k) => k !== '');

export function decisionPayloadOf(
  projectKey: string,
  values: DecisionFormValues,
): { ok: true; payload: PayloadOf<'decisions/create'> } | { ok: false; problems: DecisionFormProblems } {
  const parsed = recordDecisionPayload.safeParse({ ...values, projectKey, options: lines(values.options), supersedes: keys(values.supersedes), relatesTo: keys(values.relatesTo) });
  const problems: DecisionFormProblems = {};
  for (const issue of parsed.error?.issues ?? []) {
    const field = issue.path[0];
    if (isField(field, values)) problems[field] ??= issue.message;
  }
  if (!parsed.success || Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, payload: parsed.data };
}
