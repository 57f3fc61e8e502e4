/** Jira user values (`assignee`, user pickers, multi-user pickers) as domain `Person`s, parsed with zod. */
import { z } from 'zod';
import type { Person } from '../../domain/person';

const jiraUser = z.looseObject({ accountId: z.string(), displayName: z.string().optional(), active: z.boolean().optional() });

function personOf(user: z.infer<typeof jiraUser>): Person {
  return { accountId: user.accountId, displayName: user.displayName ?? user.accountId, active: user.active ?? true };
}

/** A single user or a list of users; anything else (null, text, an option) is nobody. */
export function peopleOf(value: unknown): Person[] {
  const one = jiraUser.safeParse(value);
  if (one.success) return [personOf(one.data)];
  const many = z.array(z.unknown()).safeParse(value);
  if (!many.success) return [];
  return many.data.flatMap((item) => {
    const user = jiraUser.safeParse(item);
    return user.success ? [personOf(user.data)] : [];
  });
}
