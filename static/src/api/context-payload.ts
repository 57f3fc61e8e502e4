/**
 * What the UI leaves out of a resolver's payload: the fields Forge's context already gives the back end (the
 * page's project, the issue panel's issue, the macro's saved config; src/contract/module-placement.ts). The back
 * end takes those from the context, which no page script can change; the payload keeps what the user chose.
 * A field whose value differs from the context's is kept, so the back end refuses it rather than the UI hiding a bug.
 */
import { contextFields, type ModulePlacement } from '../../../src/contract/module-placement';

export function withoutContextFields(payload: Record<string, unknown>, placement: ModulePlacement): Record<string, unknown> {
  const given = contextFields(placement);
  return Object.fromEntries(Object.entries(payload).filter(([field, value]) => !(Object.hasOwn(given, field) && given[field] === value)));
}
