/**
 * Field values on issue create with Jira's semantics: a user field (`assignee`, a user picker, a multi-user
 * picker) is sent as `{ accountId }` and stored as the full user, 400 when the account does not exist; other
 * values are stored as sent. The initial status is the one the issue type's workflow starts in, read from the
 * project's (else any project's) issues of that type in the To Do category (the sandbox has no workflows), else the first To Do status.
 */
import { z } from 'zod';
import type { Snapshot } from '../../snapshot-schema';

type FieldDefinition = Snapshot['fields'][number];
type Value = { ok: true; value: unknown } | { ok: false; problem: string };

const userRef = z.looseObject({ accountId: z.string() });
const fieldSchema = z.looseObject({ schema: z.looseObject({ type: z.string(), items: z.string().optional() }).optional() });

export function userFieldValue(state: Snapshot, definition: FieldDefinition, value: unknown): Value {
  const schema = fieldSchema.safeParse(definition).data?.schema;
  const single = schema?.type === 'user';
  const multi = schema?.type === 'array' && schema.items === 'user';
  if ((!single && !multi) || value === null) return { ok: true, value };
  const refs = z.array(userRef).safeParse(single ? [value] : value);
  if (!refs.success) return { ok: false, problem: `Field '${definition.id}' expects ${single ? 'a user' : 'a list of users'} given by accountId.` };
  const users = refs.data.map((ref) => state.users.find((u) => u.accountId === ref.accountId));
  if (users.some((u) => u === undefined || !u.active)) {
    return { ok: false, problem: 'Specified user does not exist or you do not have required permissions' };
  }
  return { ok: true, value: single ? users[0] : users };
}

export function initialStatus(state: Snapshot, projectKey: string, issueTypeName: string): Snapshot['statuses'][number] | undefined {
  const toDo = new Map(state.statuses.filter((s) => s.statusCategory.key === 'new').map((s) => [s.name, s]));
  const ofType = (i: Snapshot['issues'][number]) => i.fields.issuetype.name === issueTypeName && toDo.has(i.fields.status.name);
  const used = state.issues.find((i) => i.fields.project.key === projectKey && ofType(i)) ?? state.issues.find(ofType);
  return (used ? toDo.get(used.fields.status.name) : undefined) ?? [...toDo.values()][0] ?? state.statuses[0];
}
