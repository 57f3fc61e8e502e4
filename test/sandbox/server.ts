/**
 * The local Atlassian: one HTTP server with the emulated Jira and Confluence REST APIs, a Jira-like host page
 * at `/` that shows the Keel module in an iframe, the built Custom UI under `/app/`, and the host's own
 * endpoints under `/__sandbox/`. The app's real resolver runs in this process on the real @forge packages.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { SandboxLatency } from './forge/forge-fetch';
import { installForgeRuntime, type ForgeRuntime } from './forge/install-forge-runtime';
import type { ResolverHandler } from './forge/invoke-resolver';
import { KvsStore } from './forge/kvs-store';
import { connectProductTriggers, type ProductTriggers } from './forge/product-triggers';
import { serveAppFile } from './host/app-files';
import { SANDBOX_ENVIRONMENT_ID } from './host/forge-context';
import { buildHostAssets, type HostAssets } from './host/host-assets';
import { hostPage } from './host/host-page';
import { ANONYMOUS, hostSelection } from './host/host-selection';
import { browseRedirect, userCookie } from './host/browse-redirect';
import { readBody, send, sendJson } from './host/http-io';
import { crossOriginProblem } from './host/same-origin';
import { handleFetchProduct, handleInvoke } from './host/sandbox-api';
import { productRequestListener } from './http/product-listener';
import { createSite } from './site';
import type { Site } from './site-types';
import type { Snapshot } from './snapshot-schema';

export interface SandboxOptions {
  snapshot: Snapshot;
  /** 0 picks a free port. */
  port: number;
  host?: '127.0.0.1';
  /** Persist Forge storage (settings) in this JSON file between restarts. */
  kvsFile?: string;
  /** Where the built Custom UI is; defaults to static/dist. */
  distDir?: string;
  /**
   * Run the app's background work as Forge would (`npm start`): queued events delivered to the manifest's
   * consumers by themselves, and the sandbox Jira's events to the staleness trigger. Tests drive these by hand.
   */
  backgroundWork?: boolean;
  /** A wait before each product request and storage call (`--latency`), as a round trip to Atlassian takes. */
  latency?: SandboxLatency;
  /**
   * A faster poll schedule for the app's frames (`first=250,longest=1000`, static/src/api/poll-schedule.ts), for
   * browser tests: the UI asks again for a background answer sooner. Without it, production's schedule.
   */
  pollSchedule?: string;
}

export interface Sandbox {
  url: string;
  site: Site;
  runtime: ForgeRuntime;
  close(): Promise<void>;
}

const HOST_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; frame-src 'self'; object-src 'none'";

interface Routes {
  site: Site;
  runtime: ForgeRuntime;
  handler: ResolverHandler;
  assets: HostAssets;
  distDir: string;
  pollSchedule: string | undefined;
}

async function route(req: IncomingMessage, res: ServerResponse, routes: Routes): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://sandbox.local');
  const { pathname } = url;
  if (req.method === 'GET' && pathname === '/') {
    const selection = hostSelection(routes.site.state, url.searchParams);
    const page = hostPage(routes.site.state, selection);
    const cookie = userCookie(selection.user?.emailAddress ?? ANONYMOUS);
    return send(res, 200, 'text/html; charset=utf-8', page, { 'content-security-policy': HOST_CSP, 'set-cookie': cookie });
  }
  if (req.method === 'GET' && pathname.startsWith('/browse/')) {
    const target = browseRedirect(pathname, req.headers.cookie);
    if (target) return send(res, 302, 'text/plain; charset=utf-8', `See ${target}`, { location: target });
  }
  if (req.method === 'GET' && pathname.startsWith('/app/')) return serveAppFile(res, routes.distDir, pathname.slice('/app/'.length), routes.pollSchedule);
  if (req.method === 'GET' && pathname === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
  if (req.method === 'GET' && pathname === '/__sandbox/health') return sendJson(res, 200, { ok: true });
  if (req.method === 'GET' && pathname === '/__sandbox/host.js') return send(res, 200, 'text/javascript; charset=utf-8', routes.assets['host.js']);
  if (req.method === 'GET' && pathname === '/__sandbox/bridge-preamble.js') {
    return send(res, 200, 'text/javascript; charset=utf-8', routes.assets['bridge-preamble.js']);
  }
  if (req.method === 'GET' && pathname === '/__sandbox/host.css') return send(res, 200, 'text/css; charset=utf-8', routes.assets['host.css']);
  if (req.method === 'POST' && pathname.startsWith('/__sandbox/')) {
    const refused = crossOriginProblem(req);
    if (refused !== null) return sendJson(res, 403, { error: refused });
  }
  if (req.method === 'POST' && pathname === '/__sandbox/invoke') return handleInvoke(res, await readBody(req), routes.runtime, routes.handler);
  if (req.method === 'POST' && pathname === '/__sandbox/fetch-product') return handleFetchProduct(res, await readBody(req), routes.site);
  send(res, 404, 'text/plain; charset=utf-8', `Not found: ${req.method ?? 'GET'} ${pathname}`);
}

/** The consumers and the product event trigger manifest.yml names, wired to the app's handlers. */
function connectBackgroundWork(runtime: ForgeRuntime, app: typeof import('../../src/index')): ProductTriggers {
  runtime.queue.register('keel-snapshots', app.snapshotConsumer);
  runtime.queue.register('keel-analysis', app.analysisConsumer);
  const events = ['avi:jira:created:issue', 'avi:jira:updated:issue', 'avi:jira:deleted:issue', 'avi:jira:created:issuelink', 'avi:jira:deleted:issuelink'];
  return connectProductTriggers(runtime, [{ moduleKey: 'keel-analysis-staleness', events, handler: app.analysisTrigger }]);
}

export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const site = createSite(options.snapshot);
  const runtime = installForgeRuntime({
    site,
    siteUrl: options.snapshot.site.baseUrl.replace(/\/$/, ''),
    environmentId: SANDBOX_ENVIRONMENT_ID,
    ...(options.kvsFile ? { kvs: new KvsStore({ filePath: options.kvsFile }) } : {}),
    ...(options.backgroundWork === true ? { autoDeliverQueue: true } : {}),
    ...(options.latency ? { latency: options.latency } : {}),
  });
  // Only now: the app's modules (and @forge/kvs, which reads the runtime at import) must see the hooks.
  const app = await import('../../src/index');
  const { resolver } = app;
  const triggers = options.backgroundWork === true ? connectBackgroundWork(runtime, app) : null;
  const routes: Routes = {
    site,
    runtime,
    handler: resolver,
    assets: await buildHostAssets(),
    distDir: options.distDir ?? join(__dirname, '..', '..', 'static', 'dist'),
    pollSchedule: options.pollSchedule,
  };
  const product = productRequestListener(site);
  const server = createServer((req, res) => {
    product(req, res)
      .then((handled) => (handled ? undefined : route(req, res, routes)))
      .catch((error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        console.error(`Keel sandbox: ${req.method ?? 'GET'} ${req.url ?? ''} failed: ${message}`);
        if (!res.headersSent) sendJson(res, 500, { error: message });
        else res.end();
      });
  });
  // Longer than a client keeps an idle connection (undici's fetch: 4 s), so the server never closes one a client is
  // reusing: with the default 5 s, background work that held the event loop past it closed sockets under requests
  // already sent on them ("fetch failed: other side closed" in server-background.test.ts on a loaded machine).
  server.keepAliveTimeout = 65_000;
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  return {
    url: `http://${host}:${port}`,
    site,
    runtime,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          triggers?.disconnect();
          runtime.uninstall();
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}
