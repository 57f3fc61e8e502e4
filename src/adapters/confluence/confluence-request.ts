/**
 * Confluence's `request()`: the same retrying, zod-parsing `productRequest` as Jira's, naming Confluence in
 * its messages. A Forge resolver hands it `api.asUser().requestConfluence`, the CLI an HTTPS fetch.
 */
import type { ProductFetch } from '../product-fetch';
import { productRequest, type ProductRequest, type RequestDeps } from '../product-request';

export function confluenceRequest(fetch: ProductFetch, deps: Omit<RequestDeps, 'fetch' | 'product'> = {}): ProductRequest {
  return productRequest({ ...deps, product: 'Confluence', fetch });
}

/** The status of a failed request (an `AppError` from `productRequest` carries it in its details). */
export function failedStatus(error: unknown): number | null {
  if (typeof error !== 'object' || error === null || !('details' in error)) return null;
  const details: unknown = error.details;
  if (typeof details !== 'object' || details === null || !('status' in details)) return null;
  return typeof details.status === 'number' ? details.status : null;
}
