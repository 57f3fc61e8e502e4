/**
 * "Publish to Confluence" (DESIGN.md section 2), shared by `raci/publish`, `decisions/publish` and
 * `keel publish`: the artefact computed as the viewer (the same use case as its tab), then written into its
 * Confluence page as the same person, and the target remembered for next time (where storage exists).
 */
import { MAX_SCANNED_PAGES } from '../adapters/confluence/find-keel-page';
import { publishPage } from '../adapters/confluence/publish-page';
import type { PublishTargets } from '../adapters/confluence/publish-targets';
import type { ProductRequest } from '../adapters/product-request';
import type { PublishArtefact, PublishResult } from '../contract';
import type { ViewerFormat } from '../format/viewer-format';
import { getDecisions } from './get-decisions';
import { getRaci } from './get-raci';
import type { ReportPorts } from './report-scope';

export interface PublishPorts extends ReportPorts {
  /** Confluence as the person publishing. */
  confluence: ProductRequest;
  /** The app's storage of last targets; null in the CLI (an API token cannot reach Forge storage). */
  targets: PublishTargets | null;
}

export interface PublishInput {
  /** The status report has its own use case (publish-status-report.ts). */
  artefact: Exclude<PublishArtefact, 'status'>;
  projectKey: string;
  spaceKey: string;
  parentId: string | null;
  /** The publisher's locale and time zone, for the page's dates; en-US, UTC without (the CLI). */
  format?: ViewerFormat;
}

async function contentOf(ports: ReportPorts, artefact: PublishInput['artefact'], projectKey: string) {
  if (artefact === 'raci') {
    const { rows, people, findings, scope } = await getRaci(ports, { projectKey });
    return { label: scope.label, content: { artefact, matrix: { rows, people, findings } } } as const;
  }
  const { decisions, findings, scope } = await getDecisions(ports, { projectKey, budget: Infinity });
  return { label: scope.label, content: { artefact, log: { decisions, findings } } } as const;
}

export async function publishArtefact(ports: PublishPorts, input: PublishInput): Promise<PublishResult> {
  const { label, content } = await contentOf(ports, input.artefact, input.projectKey);
  const known = await ports.targets?.get(input.artefact, input.projectKey);
  const result = await publishPage(ports.confluence, {
    content,
    projectKey: input.projectKey,
    projectLabel: label,
    spaceKey: input.spaceKey,
    parentId: input.parentId,
    ...(input.format ? { format: input.format } : {}),
    knownPageId: known?.spaceKey === input.spaceKey ? known.pageId : null,
    // Without storage (the CLI), a renamed page is found by reading the space's pages for Keel's property.
    ...(ports.targets === null ? { scanLimit: MAX_SCANNED_PAGES } : {}),
  });
  await ports.targets?.set(input.artefact, input.projectKey, { spaceKey: result.spaceKey, parentId: input.parentId, pageId: result.pageId });
  return result;
}
