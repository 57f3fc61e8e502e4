/**
 * Every document Keel sends is checked first (DESIGN.md section 2) with Atlassian's own validator from
 * `@atlaskit/adf-utils`, in strict mode, collecting every problem. The validator accepts any string as a
 * decision's state, so Keel checks DECIDED/UNDECIDED itself.
 *
 * The feature gate: building the validator asks `@atlaskit/platform-feature-flags` for the gate
 * `platform_editor_adf_validator_empty_marks`. Outside Atlassian's front ends no feature-gate client is
 * initialised, so the check fails, logs one error and answers false. Keel installs a resolver that answers
 * false for that one call (the same answer, without the noise) through the package's documented global
 * (`__PLATFORM_FEATURE_FLAGS__.booleanResolver`, what `setBooleanFeatureFlagResolver` sets), and puts back
 * whatever was there before. The validator is built once, so this happens once per process.
 */
import { validator } from '@atlaskit/adf-utils/validator';
import { AppError } from '../../app-error';
import { attrOf, nodesOfType, type AdfDoc } from './adf-node';

const FLAGS_KEY = '__PLATFORM_FEATURE_FLAGS__';

type Validate = ReturnType<typeof validator>;
let built: Validate | undefined;

function adfValidator(): Validate {
  if (built) return built;
  const had = Reflect.has(globalThis, FLAGS_KEY);
  const previous: unknown = Reflect.get(globalThis, FLAGS_KEY);
  const theirs: unknown = typeof previous === 'object' && previous !== null ? Reflect.get(previous, 'booleanResolver') : undefined;
  // Someone else's resolver (a host that initialised feature flags) is left to answer.
  if (typeof theirs !== 'function') Reflect.set(globalThis, FLAGS_KEY, { booleanResolver: () => false });
  try {
    built = validator();
  } finally {
    if (!had) Reflect.deleteProperty(globalThis, FLAGS_KEY);
    else Reflect.set(globalThis, FLAGS_KEY, previous);
  }
  return built;
}

export const DECISION_STATES = ['DECIDED', 'UNDECIDED'] as const;

/** Every problem of `doc`, in words; empty when it is valid ADF with only DECIDED/UNDECIDED decisions. */
export function adfProblems(doc: AdfDoc): string[] {
  const problems: string[] = [];
  adfValidator()(doc, (entity: { type: string }, error: { message: string }) => {
    problems.push(`${entity.type}: ${error.message}`);
    return undefined;
  });
  for (const item of nodesOfType(doc.content, 'decisionItem')) {
    const state = attrOf(item, 'state');
    if (typeof state !== 'string' || !DECISION_STATES.some((s) => s === state)) {
      problems.push(`decisionItem: state must be DECIDED or UNDECIDED, not ${JSON.stringify(state)}`);
    }
  }
  return problems;
}

/** Throws an INTERNAL error naming every problem: Keel never sends a document Confluence might mangle. */
export function assertValidAdf(doc: AdfDoc, what: string): void {
  const problems = adfProblems(doc);
  if (problems.length > 0) {
    throw new AppError('INTERNAL', `Keel built ${what} that is not valid ADF, so it sent nothing: ${problems.slice(0, 5).join('; ')}.`);
  }
}
