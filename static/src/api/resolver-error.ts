import type { ErrorCode } from '@contract';

/** A resolver answered `{ ok: false }`, or the call itself failed (code `INTERNAL`). */
export class ResolverError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ResolverError';
  }
}
