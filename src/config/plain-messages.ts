/**
 * Plain words for the settings checks that carry no message of their own (a lag of 1.5 days, a weight of 20):
 * given to every parse of settings, on the back end and in the admin form alike, so both say the same.
 * A message written in the schema always wins over these. Type-only zod imports: the admin form (zod/mini) uses
 * this too without bundling full zod.
 */
import type { core } from 'zod';
import { problemPath, type SettingsProblem } from './settings-problem';

export const plainMessage: core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'number') return 'enter a number';
      if (issue.expected === 'int') return 'use a whole number';
      return undefined;
    case 'too_small':
      if (issue.origin === 'number') return issue.inclusive === false ? `use more than ${issue.minimum}` : `use ${issue.minimum} or more`;
      if (issue.origin === 'string') return 'cannot be empty: choose or write one';
      if (issue.origin === 'array') return `choose at least ${issue.minimum}`;
      return undefined;
    case 'too_big':
      if (issue.origin === 'number') return issue.inclusive === false ? `use less than ${issue.maximum}` : `use at most ${issue.maximum}`;
      return undefined;
    case 'invalid_value':
      return `choose one of ${issue.values.map(String).join(', ')}`;
    default:
      return undefined;
  }
};

/** A failed parse's issues as problems next to their fields. */
export function problemsOf(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): SettingsProblem[] {
  return error.issues.map((i) => ({ path: problemPath(i.path), message: i.message, severity: 'error' }));
}
