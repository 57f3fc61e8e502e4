/** The demo site's Confluence for publishing tests: a `ProductRequest` as one of the demo's people, and page reads. */
import { confluenceRequest } from '../../../src/adapters/confluence/confluence-request';
import type { ProductRequest } from '../../../src/adapters/product-request';
import { demoSnapshot } from '../../sandbox/demo/demo-snapshot';
import { DEMO_USERS, type UserKey } from '../../sandbox/demo/users';
import { createSite } from '../../sandbox/site';

export function demoConfluence() {
  const site = createSite(demoSnapshot({ today: '2026-11-16' }), { validateResponses: true });
  const as = (who: UserKey): ProductRequest =>
    confluenceRequest(
      async (path, init) =>
        site.handle({
          product: 'confluence',
          method: init?.method ?? 'GET',
          path: path.value,
          headers: { 'content-type': 'application/json', ...init?.headers },
          principal: { type: 'user', accountId: DEMO_USERS[who].accountId },
          ...(init?.body === undefined ? {} : { body: init.body }),
        }),
      { sleep: () => Promise.resolve() },
    );
  const page = (id: string) => site.state.confluence.pages.find((p) => p.id === id);
  /** The page's ADF as stored (tests read it back as JSON they wrote through Keel). */
  const docOf = (id: string) =>
    JSON.parse(String((page(id)?.body as { atlas_doc_format?: { value: string } } | undefined)?.atlas_doc_format?.value ?? '{}')) as { content: Array<Record<string, unknown>> };
  const versionOf = (id: string): number => (page(id)?.version as { number: number } | undefined)?.number ?? 0;
  return { site, as, page, docOf, versionOf };
}
