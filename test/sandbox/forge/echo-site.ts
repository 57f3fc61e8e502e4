/**
 * A tiny `Site` for the runtime's own tests: it records each request and answers `/myself`-style echoes of
 * who asked, so a test sees exactly what reached the site. The real site lives in test/sandbox/site/.
 */
import type { Snapshot } from '../snapshot-schema';
import type { Principal, Site, SiteRequest } from '../site-types';

const emptySnapshot: Snapshot = {
  schemaVersion: 1,
  site: { baseUrl: 'https://keel-sandbox.atlassian.net', name: 'Echo' },
  users: [],
  siteAdmins: [],
  projects: [],
  grants: [],
  fields: [],
  issueTypes: [],
  issueLinkTypes: [],
  statuses: [],
  issues: [],
  worklogs: {},
  changelogs: {},
  confluence: { spaces: [], pages: [], spacePermissions: [] },
};

export interface EchoSite extends Site {
  readonly requests: SiteRequest[];
}

export function echoSite(): EchoSite {
  const requests: SiteRequest[] = [];
  const requestLog: Array<{ method: string; path: string; status: number; principal: Principal }> = [];
  return {
    state: emptySnapshot,
    requests,
    requestLog,
    handle: (request) => {
      requests.push(request);
      requestLog.push({ method: request.method, path: request.path, status: 200, principal: request.principal });
      return Promise.resolve(
        Response.json({ product: request.product, method: request.method, path: request.path, principal: request.principal, body: request.body ?? null }),
      );
    },
    addFault: () => undefined,
    clearFaults: () => undefined,
    userByEmail: () => undefined,
  };
}
