/**
 * Checks an answer against Atlassian's OpenAPI spec: the operation exists, the status is documented, and a
 * JSON body validates against the documented schema (ajv, strict mode off, formats not checked because
 * Jira's own datetimes, e.g. 2026-01-31T10:00:00.000+0000, are not RFC 3339).
 * Statuses any operation may answer without the spec listing them are accepted: 401, 429 and 5xx
 * (Atlassian's rate-limiting and authentication docs), plus the few listed in `knownOmissions`.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import { findOperation, type FoundOperation } from './find-operation';
import { toJsonSchema } from './openapi-to-json-schema';
import type { ProductSpec } from './spec-folder';

export interface AnswerToCheck {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly body: string;
}

export interface SpecProblem {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly message: string;
}

const platformStatuses = new Set([401, 429, 500, 502, 503, 504]);

/** Real answers the spec does not document; each one is Atlassian's documented behaviour elsewhere. */
const knownOmissions: ReadonlyArray<{ method: string; template: string; status: number; reason: string }> = [
  { method: 'put', template: '/pages/{id}', status: 409, reason: 'stale version.number (Confluence optimistic locking)' },
  { method: 'put', template: '/pages/{page-id}/properties/{property-id}', status: 409, reason: 'stale property version' },
];

type Responses = Record<string, { content?: Record<string, { schema?: unknown }> } | undefined>;

export interface ResponseValidator {
  check(answer: AnswerToCheck): SpecProblem[];
}

export function createResponseValidator(specs: readonly ProductSpec[]): ResponseValidator {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, validateSchema: false, discriminator: false });
  for (const spec of specs) ajv.addSchema(toJsonSchema(spec.document, spec.product) as object, spec.product);
  const compiled = new Map<string, ValidateFunction>();

  function validatorFor(found: FoundOperation, code: string, schema: unknown): ValidateFunction {
    const cacheKey = `${found.spec.product} ${found.method} ${found.template} ${code}`;
    let validate = compiled.get(cacheKey);
    if (!validate) {
      validate = ajv.compile(toJsonSchema(schema, found.spec.product) as object);
      compiled.set(cacheKey, validate);
    }
    return validate;
  }

  function check(answer: AnswerToCheck): SpecProblem[] {
    const problem = (message: string): SpecProblem => ({ method: answer.method, path: answer.path, status: answer.status, message });
    const found = findOperation(specs, answer.method, answer.path);
    if (!found) return [problem('no operation in the spec for this method and path')];
    const responses = (found.operation.responses ?? {}) as Responses;
    const code = String(answer.status);
    const documented = responses[code] ?? responses[`${code[0] ?? ''}XX`] ?? responses.default;
    if (!documented) {
      const exempt = platformStatuses.has(answer.status) || knownOmissions.some((o) => o.method === found.method && o.template === found.template && o.status === answer.status);
      return exempt ? [] : [problem(`status ${code} is not documented for ${found.method.toUpperCase()} ${found.template} (documented: ${Object.keys(responses).join(', ')})`)];
    }
    const schema = documented.content?.['application/json']?.schema;
    if (schema === undefined || answer.body === '') return [];
    let body: unknown;
    try {
      body = JSON.parse(answer.body);
    } catch (error) {
      return [problem(`body is not JSON: ${(error as Error).message}`)];
    }
    const validate = validatorFor(found, code, schema);
    if (validate(body)) return [];
    return (validate.errors ?? []).map((e) => problem(`${e.instancePath || '(root)'} ${e.message ?? 'is invalid'} ${JSON.stringify(e.params)}`));
  }

  return { check };
}
