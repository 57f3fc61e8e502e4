/**
 * Moves an issue to the first status, among the names given, that one of its transitions leads to
 * (`GET` then `POST /rest/api/3/issue/{key}/transitions`), as the user. Answers the status reached, or null when
 * no transition the user may take leads to any of them (Jira lists only those).
 */
import { route } from '@forge/api';
import { z } from 'zod';
import type { ProductRequest } from '../product-request';

const transitions = z.looseObject({
  transitions: z.array(z.looseObject({ id: z.string(), to: z.looseObject({ name: z.string() }) })),
});

const normal = (name: string): string => name.trim().toLowerCase();

export async function transitionIssue(request: ProductRequest, issueKey: string, statusNames: readonly string[]): Promise<string | null> {
  const { transitions: offered } = await request(transitions, route`/rest/api/3/issue/${issueKey}/transitions`);
  const wanted = statusNames.map(normal);
  const chosen = wanted.map((name) => offered.find((t) => normal(t.to.name) === name)).find((t) => t !== undefined);
  if (!chosen) return null;
  await request(z.unknown(), route`/rest/api/3/issue/${issueKey}/transitions`, {
    method: 'POST',
    body: JSON.stringify({ transition: { id: chosen.id } }),
  });
  return chosen.to.name;
}
