/**
 * A resolver's own answer, through the sandbox's invoke endpoint as the host page calls it, parsed by the UI's
 * schema; a refused call throws the resolver's message.
 */
import { resolverEnvelope } from '@contract';
import type { Harness } from './browser-harness';

export interface InvokeContext {
  accountId: string;
  moduleKey: string;
  extension: Record<string, unknown>;
}

export async function invokeAs<T>(harness: Harness, functionKey: string, payload: unknown, context: InvokeContext, schema: { parse: (data: unknown) => T }): Promise<T> {
  const response = await fetch(`${harness.sandbox.url}/__sandbox/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ functionKey, payload, context }),
  });
  const envelope = resolverEnvelope.parse(await response.json());
  if (!envelope.ok) throw new Error(`${functionKey} failed: ${envelope.error.message}`);
  return schema.parse(envelope.data);
}

/** The context of `project`'s project page, as `accountId` opens it (with the project's id when the test knows it). */
export const projectPage = (accountId: string, project: { id?: string; key: string }): InvokeContext => ({
  accountId,
  moduleKey: 'keel-project-page',
  extension: { type: 'jira:projectPage', project },
});

/** The context of the issue panel on `issue`, as `accountId` opens it. */
export const issuePanel = (accountId: string, issue: { id: string | undefined; key: string }): InvokeContext => ({
  accountId,
  moduleKey: 'keel-issue-panel',
  extension: { type: 'jira:issuePanel', issue },
});
