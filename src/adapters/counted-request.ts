/**
 * A `ProductRequest` that counts the calls made through it, so an invocation can keep within Forge's 100
 * product fetches (DESIGN.md section 5) by spending only what is left on optional reads.
 */
import type { ProductRequest } from './product-request';

export interface CountedRequest {
  request: ProductRequest;
  /** Calls made so far (a retried call counts once: Forge counts fetches, retries are rare). */
  count: () => number;
}

export function countedRequest(inner: ProductRequest): CountedRequest {
  let calls = 0;
  const request: ProductRequest = (schema, path, options) => {
    calls += 1;
    return inner(schema, path, options);
  };
  return { request, count: () => calls };
}
