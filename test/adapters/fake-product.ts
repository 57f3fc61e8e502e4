import type { ProductFetch, ProductResponse } from '../../src/adapters/product-fetch';

export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export function response(answer: Answer): ProductResponse {
  const headers = new Headers(answer.headers ?? {});
  return {
    status: answer.status,
    statusText: String(answer.status),
    headers: { get: (name) => headers.get(name) },
    text: () => Promise.resolve(answer.body === undefined ? '' : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body)),
  };
}

/** A product that answers from a script, one answer per call, recording what it was asked. */
export function scriptedProduct(answers: Answer[]): { fetch: ProductFetch; calls: { path: string; method: string; body?: string }[] } {
  const calls: { path: string; method: string; body?: string }[] = [];
  const fetch: ProductFetch = (path, init) => {
    calls.push({ path: path.value, method: init?.method ?? 'GET', ...(init?.body !== undefined ? { body: init.body } : {}) });
    const next = answers.shift();
    if (!next) return Promise.reject(new Error(`no scripted answer for ${path.value}`));
    return Promise.resolve(response(next));
  };
  return { fetch, calls };
}
