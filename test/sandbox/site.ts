/**
 * The emulated Atlassian site: Jira Cloud REST v3 and Confluence Cloud REST v2 over one live snapshot,
 * with per-principal permissions, switchable faults, a request log and optional checking of every answer
 * against Atlassian's OpenAPI specs (test/openapi).
 */
import { createResponseValidator, type ResponseValidator, type SpecProblem } from '../openapi/response-validator';
import { loadSpecs, missingSpecsReason } from '../openapi/spec-folder';
import { confluenceRoutes } from './site/confluence/routes';
import type { Route } from './site/context';
import { createFaultInjector } from './site/faults';
import { jiraRoutes } from './site/jira/routes';
import { productError } from './site/respond';
import { matchRoute } from './site/router';
import type { Principal, Site, SiteRequest } from './site-types';
import { snapshotSchema, type Snapshot } from './snapshot-schema';

export { principalFromAuthorization } from './site/auth';

export interface SiteOptions {
  /** Check every answer against the OpenAPI specs and record problems in `specViolations`. */
  validateResponses?: boolean;
  /** The site's clock (relative JQL dates, timestamps of writes); defaults to the real clock. */
  now?: () => Date;
}

/** A Site with what tests of the sandbox itself look at. */
export interface SandboxSite extends Site {
  /** Spec violations found with `validateResponses`; tests assert it stays empty. */
  readonly specViolations: readonly SpecProblem[];
}

const products: Record<SiteRequest['product'], { prefix: string; routes: readonly Route[] }> = {
  jira: { prefix: '/rest/api/3', routes: jiraRoutes },
  confluence: { prefix: '/wiki/api/v2', routes: confluenceRoutes },
};

/**
 * The spec checker, or (outside CI) a loud warning and none when the specs are missing: tests that read
 * `specViolations` then pass without checking, so the warning names the folder to fix (design section 7).
 */
function specValidator(): ResponseValidator | undefined {
  const reason = missingSpecsReason();
  if (reason === undefined) return createResponseValidator(loadSpecs());
  if (process.env.CI === 'true') throw new Error(reason);
  console.warn(`\n*** Sandbox answers are NOT checked against the OpenAPI specs: ${reason} ***\n`);
  return undefined;
}

export function createSite(snapshot: Snapshot, options: SiteOptions = {}): SandboxSite {
  const state = snapshotSchema.parse(structuredClone(snapshot));
  const baseUrl = state.site.baseUrl.replace(/\/$/, '');
  const now = options.now ?? ((): Date => new Date());
  const faults = createFaultInjector();
  const requestLog: Array<{ method: string; path: string; status: number; principal: Principal }> = [];
  const specViolations: SpecProblem[] = [];
  const validator = options.validateResponses ? specValidator() : undefined;

  async function answer(request: SiteRequest): Promise<Response> {
    const { prefix, routes } = products[request.product];
    const url = new URL(request.path, 'http://sandbox.invalid');
    const method = request.method.toUpperCase();
    const faulted = await faults.before(request.product, method, request.path, state, now());
    if (faulted) return faulted;
    if (!url.pathname.startsWith(`${prefix}/`)) return productError(request.product, 404, `No ${request.product} REST resource at ${url.pathname}`);
    const match = matchRoute(routes, method, url.pathname.slice(prefix.length));
    if (match.kind === 'notFound') return productError(request.product, 404, `No resource found for ${method} ${url.pathname}`);
    if (match.kind === 'methodNotAllowed') return productError(request.product, 405, `Method ${method} is not allowed for ${url.pathname}`);
    return match.route.handle({ state, principal: request.principal, params: match.params, query: url.searchParams, body: request.body, baseUrl, now });
  }

  async function handle(request: SiteRequest): Promise<Response> {
    const response = await answer(request);
    requestLog.push({ method: request.method.toUpperCase(), path: request.path, status: response.status, principal: request.principal });
    if (validator) {
      const body = await response.clone().text();
      specViolations.push(...validator.check({ method: request.method, path: request.path, status: response.status, body }));
    }
    return response;
  }

  return {
    state,
    handle,
    addFault: (fault) => faults.add(fault),
    clearFaults: () => faults.clear(),
    requestLog,
    specViolations,
    // A deactivated account cannot sign in: Jira answers its API token with 401.
    userByEmail: (email) => state.users.find((u) => u.active && u.emailAddress?.toLowerCase() === email.toLowerCase())?.accountId,
  };
}
