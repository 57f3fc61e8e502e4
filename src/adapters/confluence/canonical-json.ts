/**
 * ADF compared and hashed as canonical JSON: object keys sorted and undefined dropped, so equal documents
 * compare equal however they were built or parsed (Confluence may answer attributes in another order).
 */
import { createHash } from 'node:crypto';

/** JSON with keys sorted and undefined dropped. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** SHA-256 of the canonical JSON, in hex: what Keel records in its page property. */
export const hashOf = (value: unknown): string => createHash('sha256').update(canonical(value)).digest('hex');
