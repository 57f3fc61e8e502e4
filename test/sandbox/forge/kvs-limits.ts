/**
 * Forge storage's limits and the errors its API answers for them (developer.atlassian.com, "Error handling for
 * the Key-Value Store" and "Storage limits"): non-2xx answers carry `{ code, message }`, which @forge/kvs turns
 * into a `ForgeKvsAPIError` with that `code`.
 */
export const MAX_KEY_LENGTH = 500;
export const MAX_VALUE_BYTES = 240 * 1024;
export const MAX_OBJECT_DEPTH = 32;
export const MAX_QUERY_LIMIT = 20;

const KEY_PATTERN = /^(?!\s+$)[a-zA-Z0-9:._\s\-#]+$/;

export interface KvsProblem {
  status: number;
  code: string;
  message: string;
}

/** The first problem with a key, or undefined when Forge would accept it. */
export function keyProblem(key: string): KvsProblem | undefined {
  if (key.length === 0) return { status: 400, code: 'KEY_TOO_SHORT', message: 'The provided key needs to be more than one character.' };
  if (key.length > MAX_KEY_LENGTH) {
    return { status: 400, code: 'KEY_TOO_LONG', message: `The provided key has exceeded the maximum ${MAX_KEY_LENGTH} characters.` };
  }
  if (!KEY_PATTERN.test(key)) {
    return { status: 400, code: 'INVALID_KEY', message: `The provided key does not match the regex: ${KEY_PATTERN.source}` };
  }
  return undefined;
}

/** The first problem with a value (its JSON size, then its depth), or undefined. */
export function valueProblem(value: unknown): KvsProblem | undefined {
  const bytes = Buffer.byteLength(JSON.stringify(value) ?? '');
  if (bytes > MAX_VALUE_BYTES) {
    return { status: 400, code: 'MAX_SIZE', message: `The provided value has exceeded the maximum size limit (${bytes} > ${MAX_VALUE_BYTES} bytes).` };
  }
  if (depth(value) > MAX_OBJECT_DEPTH) {
    return { status: 400, code: 'MAX_DEPTH', message: `The provided value has exceeded the maximum object depth (${MAX_OBJECT_DEPTH}) limit.` };
  }
  return undefined;
}

function depth(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  const children: unknown[] = Array.isArray(value) ? value : Object.values(value);
  return 1 + children.reduce<number>((max, child) => Math.max(max, depth(child)), 0);
}

/** Forge's error body as a Response. */
export function kvsErrorResponse(problem: KvsProblem): Response {
  return Response.json({ code: problem.code, message: problem.message }, { status: problem.status, headers: { 'x-trace-id': 'sandbox' } });
}
