/**
 * `describe` for tests that need Atlassian's specs: skipped loudly when the folder is missing, except under
 * CI=true where the missing specs fail the run (design section 7).
 */
import { describe, it } from '@jest/globals';
import { missingSpecsReason } from './spec-folder';

export function describeWithSpecs(name: string, body: () => void): void {
  const reason = missingSpecsReason();
  if (reason === undefined) {
    describe(name, body);
    return;
  }
  if (process.env.CI === 'true') {
    describe(name, () => {
      it('needs the Atlassian OpenAPI specs', () => {
        throw new Error(reason);
      });
    });
    return;
  }
  console.warn(`\n*** SKIPPED "${name}": ${reason} ***\n`);
  describe.skip(name, body);
}
