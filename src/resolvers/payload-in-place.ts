/**
 * The payload as the module it comes from allows (issue #12): what Forge's trusted context names (the page's
 * project, the panel's issue, the macro's saved config) fills the payload's fields of those names, and a payload
 * naming anything else there is refused, never answered for another project, issue or config. Everything the
 * user chooses on the page (a space, a baseline, a decision's text) passes through, to be parsed and then
 * checked as the caller. Where the context names nothing (Jira's admin page), the payload's project is the
 * user's choice and Jira's permissions as the caller decide.
 */
import { AppError } from '../app-error';
import { contextFields, type ModulePlacement } from '../contract/module-placement';

function refusal(placement: ModulePlacement, field: string, named: unknown, bound: string | undefined): AppError {
  const asked = typeof named === 'string' ? named : JSON.stringify(named);
  const where =
    placement.module === 'macro'
      ? `this macro's saved settings (${bound === undefined ? `no ${field}` : `${field} ${bound}`})`
      : placement.module === 'issue' && field === 'issueKey'
        ? `the issue this panel is on (${bound ?? ''})`
        : `the project this page is in (${bound ?? ''})`;
  return new AppError('FORBIDDEN', `Keel answers here only for ${where}, not for ${field} ${asked}. Open Keel where ${asked} is shown instead.`);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function payloadInPlace(payload: unknown, placement: ModulePlacement): unknown {
  if (payload !== undefined && !isRecord(payload)) return payload; // not an object: the schema says what is wrong
  const fields = contextFields(placement);
  if (Object.keys(fields).length === 0) return payload;
  const placed: Record<string, unknown> = { ...payload };
  for (const [field, bound] of Object.entries(fields)) {
    const named = placed[field];
    if (named !== undefined && named !== bound) throw refusal(placement, field, named, bound);
    if (bound === undefined) delete placed[field];
    else placed[field] = bound;
  }
  return placed;
}
