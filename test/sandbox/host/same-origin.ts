/**
 * The sandbox's own endpoints (`/__sandbox/invoke`, `/__sandbox/fetch-product`) act as whoever the body names,
 * as Forge's bridge acts for the signed-in user: only the host page may call them. A foreign page can still send
 * a "simple" cross-origin POST (text/plain, no preflight), so the sandbox asks for JSON, which a browser sends
 * cross-origin only after a preflight the sandbox never answers, and refuses what the browser marks as coming
 * from another site (Fetch Metadata's `Sec-Fetch-Site`, else `Origin`). Calls without those headers (Node's
 * fetch in tests, curl) are not from a browser page and pass.
 */
import type { IncomingMessage } from 'node:http';

/** Why the request may not be served, or null. */
export function crossOriginProblem(req: IncomingMessage): string | null {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') return `The sandbox's endpoints take application/json only (got ${type === '' ? 'no content type' : type}).`;
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return `The sandbox's endpoints answer its own pages only (Sec-Fetch-Site: ${site}).`;
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${req.headers.host ?? ''}`) return `The sandbox's endpoints answer its own pages only (Origin: ${origin}).`;
  return null;
}
