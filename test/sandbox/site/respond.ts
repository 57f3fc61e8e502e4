/** Building answers in the two products' own shapes: Jira's ErrorCollection and Confluence v2's error list. */

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json;charset=UTF-8', ...headers },
  });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/** Jira's ErrorCollection: `{ errorMessages: [...], errors: { field: message } }`. */
export function jiraError(status: number, errorMessages: string[], errors: Record<string, string> = {}): Response {
  return json(status, { errorMessages, errors });
}

const confluenceCodes: Record<number, string> = {
  400: 'INVALID_REQUEST_PARAMETER',
  401: 'UNAUTHORIZED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'TOO_MANY_REQUESTS',
};

/** Confluence v2's error body: `{ errors: [{ status, code, title, detail }] }`. */
export function confluenceError(status: number, title: string): Response {
  return json(status, { errors: [{ status, code: confluenceCodes[status] ?? 'ERROR', title, detail: null }] });
}

/** The error shape of whichever product a path belongs to. */
export function productError(product: 'jira' | 'confluence', status: number, message: string): Response {
  return product === 'jira' ? jiraError(status, [message]) : confluenceError(status, message);
}
