/**
 * The products' REST APIs over HTTP: `/rest/api/3/...` goes to the site's Jira, `/wiki/api/v2/...` to its
 * Confluence, as the caller named in basic auth (email + any token; no header = anonymous). Answers 401
 * for credentials that name no sandbox user, as Jira does.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { principalFromAuthorization } from '../site/auth';
import { productError } from '../site/respond';
import type { Site, SiteRequest } from '../site-types';

function productOf(path: string): SiteRequest['product'] | undefined {
  if (path.startsWith('/rest/api/3/')) return 'jira';
  if (path.startsWith('/wiki/api/v2/')) return 'confluence';
  return undefined;
}

async function readBody(req: http.IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return chunks.length === 0 ? undefined : Buffer.concat(chunks).toString('utf8');
}

async function send(res: http.ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  res.writeHead(response.status, headers);
  res.end(Buffer.from(await response.arrayBuffer()));
}

function flatHeaders(req: http.IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

/** Handles product API requests; resolves false (touching nothing) for any other path. */
export function productRequestListener(site: Site): (req: http.IncomingMessage, res: http.ServerResponse) => Promise<boolean> {
  return async (req, res) => {
    const path = req.url ?? '/';
    const product = productOf(path);
    if (!product) return false;
    const principal = principalFromAuthorization(site, req.headers.authorization);
    if (principal === 'unauthorized') {
      const denied = productError(product, 401, 'Client must be authenticated to access this resource.');
      denied.headers.set('WWW-Authenticate', 'Basic realm="protected-area"');
      await send(res, denied);
      return true;
    }
    const body = await readBody(req);
    const response = await site.handle({ product, method: req.method ?? 'GET', path, headers: flatHeaders(req), body, principal });
    await send(res, response);
    return true;
  };
}

/** A server answering only product API requests (404 otherwise), on 127.0.0.1; port 0 picks a free one. */
export async function startProductServer(site: Site, port = 0): Promise<{ url: string; close(): Promise<void> }> {
  const listener = productRequestListener(site);
  const server = http.createServer((req, res) => {
    listener(req, res)
      .then((handled) => {
        if (!handled) res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      })
      .catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(error instanceof Error ? error.message : String(error));
      });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
