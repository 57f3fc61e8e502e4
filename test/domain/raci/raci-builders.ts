/** Hand-made RACI rows and people for the RACI domain tests: sensible defaults, override what a test is about. */
import type { Person } from '../../../src/domain/person';
import type { RaciDeliverable } from '../../../src/domain/raci/raci-deliverable';

export function person(name: string, active = true): Person {
  return { accountId: `id-${name.toLowerCase()}`, displayName: name, active };
}

export function deliverable(key: string, overrides: Partial<RaciDeliverable> = {}): RaciDeliverable {
  return {
    key,
    summary: `Deliverable ${key}`,
    status: 'In Progress',
    statusCategory: 'inProgress',
    responsible: [person('Lena')],
    accountable: [person('Priya')],
    consulted: [],
    informed: [],
    accountableSource: 'field',
    ...overrides,
  };
}
