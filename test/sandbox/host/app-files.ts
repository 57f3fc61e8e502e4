/**
 * Serves the built Custom UI (static/dist) under /app/ with Forge's Content-Security-Policy, so a bundle that
 * needs eval or an inline script fails here as it would in Jira. Like Forge, it adds the bridge (the preamble)
 * to index.html before the app's own scripts; asked to, it also adds a faster poll schedule for the frame
 * (static/src/api/poll-schedule.ts), which the browser tests use to see background answers arrive sooner.
 */
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { POLL_SCHEDULE_META } from '../../../static/src/api/poll-schedule';
import { send } from './http-io';

export const FORGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
};

const PREAMBLE_TAG = '<script src="/__sandbox/bridge-preamble.js"></script>';

function withPreamble(indexHtml: string, pollSchedule: string | undefined): string {
  // The schedule is the sandbox's own option (digits, '=' and ','), never a request's: nothing here needs escaping.
  const tags = PREAMBLE_TAG + (pollSchedule === undefined ? '' : `<meta name="${POLL_SCHEDULE_META}" content="${pollSchedule}">`);
  const at = indexHtml.search(/<script\b/i);
  return at < 0 ? indexHtml.replace(/<\/head>/i, `${tags}</head>`) : indexHtml.slice(0, at) + tags + indexHtml.slice(at);
}

/**
 * Answers `/app/<file>` from `distDir`; `relativePath` is the part after `/app/`; `pollSchedule` (e.g.
 * `first=250,longest=1000`) goes into index.html's meta tag.
 */
export async function serveAppFile(res: ServerResponse, distDir: string, relativePath: string, pollSchedule?: string): Promise<void> {
  const file = normalize(join(distDir, decodeURIComponent(relativePath) || 'index.html'));
  if (!file.startsWith(distDir + sep)) {
    send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    return;
  }
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    const hint = relativePath === 'index.html' || relativePath === '' ? ' The app is not built: run `npm run build:static`.' : '';
    send(res, 404, 'text/plain; charset=utf-8', `Not found: /app/${relativePath}.${hint}`);
    return;
  }
  const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
  const content = extname(file) === '.html' ? withPreamble(body.toString('utf8'), pollSchedule) : body;
  send(res, 200, type, content, { 'content-security-policy': FORGE_CSP });
}
