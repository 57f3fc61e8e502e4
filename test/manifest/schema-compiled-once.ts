/**
 * Forge's manifest schema compiled once per test file, not once per validation processor: @forge/manifest builds
 * a new `SchemaValidator` (a fresh ajv compile of the same 1 MB schema) in each of its seven processors, and
 * @forge/lint builds them again for each lint, which made ajv's compiler the larger half of a lint's CPU. The
 * validator is stateless between calls (ajv's compiled function), so one per schema object serves them all.
 */
import { dirname, join } from 'node:path';

interface ValidatorModule {
  SchemaValidator: new (schema: object) => object;
}

export function compileManifestSchemaOnce(): void {
  // Not in the package's exports map: reached by its file, through jest's own registry (the instance the lint uses).
  const file = join(dirname(require.resolve('@forge/manifest')), 'validators', 'schema-validator.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const validators = require(file) as ValidatorModule;
  const Original = validators.SchemaValidator;
  if ((Original as { compiledOnce?: true }).compiledOnce) return;
  const compiled = new WeakMap<object, object>();
  function SchemaValidator(schema: object): object {
    const known = compiled.get(schema) ?? new Original(schema);
    compiled.set(schema, known);
    return known;
  }
  SchemaValidator.compiledOnce = true as const;
  validators.SchemaValidator = SchemaValidator as unknown as ValidatorModule['SchemaValidator'];
}
