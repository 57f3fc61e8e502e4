/**
 * The CLI's `ProductFetch` for a real Jira Cloud site (or a running sandbox): HTTPS with basic auth of an
 * email and API token, exactly as Atlassian documents for scripts.
 */
import type { ProductFetch } from '../adapters/product-fetch';
import { readProgress } from './read-progress';

export function siteFetch(baseUrl: string, email: string, token: string): ProductFetch {
  const authorization = `Basic ${Buffer.from(`${email}:${token}`).toString('base64')}`;
  const progress = readProgress(baseUrl);
  return async (path, init) => {
    progress();
    const response = await fetch(`${baseUrl}${path.value}`, {
      method: init?.method ?? 'GET',
      headers: { ...init?.headers, Authorization: authorization },
      ...(init?.body !== undefined ? { body: init.body } : {}),
      signal: AbortSignal.timeout(60_000),
    });
    return response;
  };
}
