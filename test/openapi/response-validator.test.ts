import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import { describeWithSpecs } from './describe-with-specs';
import { findOperation } from './find-operation';
import { toJsonSchema } from './openapi-to-json-schema';
import { createResponseValidator } from './response-validator';
import { loadSpecs } from './spec-folder';

describe('toJsonSchema', () => {
  it('turns nullable into a null alternative and re-roots local refs', () => {
    expect(toJsonSchema({ type: 'string', nullable: true, enum: ['a'] }, 'doc')).toEqual({ type: ['string', 'null'], enum: ['a', null] });
    expect(toJsonSchema({ $ref: '#/components/schemas/X', nullable: true }, 'doc')).toEqual({ anyOf: [{ $ref: 'doc#/components/schemas/X' }, { type: 'null' }] });
    expect(toJsonSchema({ properties: { a: { type: 'integer', nullable: false } } }, 'doc')).toEqual({ properties: { a: { type: 'integer' } } });
  });
});

describeWithSpecs('Atlassian spec checks', () => {
  const specs = loadSpecs();
  const validator = createResponseValidator(specs);

  it('finds operations, preferring literal segments over parameters', () => {
    expect(findOperation(specs, 'GET', '/rest/api/3/project/search?maxResults=1')?.template).toBe('/rest/api/3/project/search');
    expect(findOperation(specs, 'GET', '/rest/api/3/project/PAY')?.template).toBe('/rest/api/3/project/{projectIdOrKey}');
    expect(findOperation(specs, 'PUT', '/wiki/api/v2/pages/123/properties/9')?.template).toBe('/pages/{page-id}/properties/{property-id}');
    expect(findOperation(specs, 'GET', '/rest/api/3/no/such/thing')).toBeUndefined();
  });

  it('flags wrong types, extra properties where the spec forbids them, and undocumented statuses', () => {
    const problems = validator.check({ method: 'GET', path: '/rest/api/3/search/jql', status: 200, body: JSON.stringify({ issues: [], isLast: 'yes', total: 3 }) });
    expect(problems.map((p) => p.message)).toEqual(expect.arrayContaining([expect.stringContaining('additional'), expect.stringContaining('/isLast must be boolean')]));
    expect(validator.check({ method: 'GET', path: '/wiki/api/v2/pages/1', status: 418, body: '' })[0]?.message).toContain('status 418 is not documented');
    expect(validator.check({ method: 'GET', path: '/rest/api/3/nothing', status: 200, body: '{}' })[0]?.message).toContain('no operation');
  });

  it('accepts platform statuses and the listed omissions, and nullable values', () => {
    expect(validator.check({ method: 'GET', path: '/rest/api/3/field', status: 429, body: '{}' })).toEqual([]);
    expect(validator.check({ method: 'PUT', path: '/wiki/api/v2/pages/1', status: 409, body: '{}' })).toEqual([]);
    expect(validator.check({ method: 'GET', path: '/wiki/api/v2/pages/1', status: 200, body: JSON.stringify({ id: '1', ownerId: null }) })).toEqual([]);
  });
});
