/**
 * The roles one person holds on one RACI row, in R, A, C, I order, and their words for screen readers.
 * Example: Priya as assignee and Accountable of WEB-4 -> ['R', 'A'], "Responsible and Accountable".
 */
import type { RaciDeliverable, RaciRole } from '@contract';

export const ROLE_NAMES: Record<RaciRole, string> = { R: 'Responsible', A: 'Accountable', C: 'Consulted', I: 'Informed' };

export function raciRolesOf(row: RaciDeliverable, accountId: string): RaciRole[] {
  const holds = (people: RaciDeliverable['responsible']) => people.some((p) => p.accountId === accountId);
  const roles: [RaciRole, RaciDeliverable['responsible']][] = [['R', row.responsible], ['A', row.accountable], ['C', row.consulted], ['I', row.informed]];
  return roles.filter(([, people]) => holds(people)).map(([role]) => role);
}

export function roleWords(roles: readonly RaciRole[]): string {
  const words = roles.map((r) => ROLE_NAMES[r]);
  if (words.length === 0) return 'no role';
  return words.length === 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}
