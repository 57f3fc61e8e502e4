/**
 * The RACI matrix on the wire (src/contract/raci-wire.ts): each role names its holders by place among the
 * matrix's people, losslessly, and the contract's codec packs what the resolver answers and unpacks what the UI
 * reads. Sizes: a program of 1,250 epics, four holders a row out of 40 people (the generated 50,000-issue site's
 * shape with C and I filled in), packed and not.
 */
import { describe, it } from '@jest/globals';
import { z } from 'zod';
import fc from 'fast-check';
import { expect } from '../expect';
import { resolvers, type RaciResult } from '../../src/contract';
import { packRows, unpackRows } from '../../src/contract/raci-wire';
import type { Person } from '../../src/contract/person';

const person = (name: string, active = true): Person => ({ accountId: `712020:${name.toLowerCase()}-0000-4000-8000-000000000000`, displayName: name, active });
const lena = person('Lena Fischer');
const priya = person('Priya Natarajan');
type Row = RaciResult['rows'][number];
const row = (key: string, roles: Partial<Pick<Row, 'responsible' | 'accountable' | 'consulted' | 'informed'>>): Row => ({
  key,
  summary: `Deliverable ${key}`,
  status: 'In Progress',
  statusCategory: 'inProgress',
  responsible: [],
  accountable: [],
  consulted: [],
  informed: [],
  accountableSource: 'field',
  ...roles,
});

function answer(rows: Row[], people: Person[]): RaciResult {
  return {
    rows,
    people,
    findings: [],
    scope: { projectKey: 'BIG', jql: null, label: 'BIG' },
    deliverablesJql: 'project = BIG AND issuetype = Epic',
    roleFields: [{ role: 'R', fieldId: 'assignee', fieldName: 'Assignee' }],
    accountableLimit: 5,
    truncatedAt: null,
  };
}

const wire = (value: RaciResult) => JSON.parse(JSON.stringify(z.encode(resolvers['raci/get'].result, value))) as unknown;

describe('packRows / unpackRows', () => {
  it('names each holder by place among the people: R Lena, A Priya with people [Lena, Priya] is R [0], A [1]', () => {
    const packed = packRows([row('WEB-1', { responsible: [lena], accountable: [priya] })], [lena, priya]);
    expect(packed).toEqual({ rows: [expect.objectContaining({ key: 'WEB-1', responsible: [0], accountable: [1], consulted: [], informed: [] })] });
    expect(unpackRows(packed.rows, [lena, priya])).toEqual({ rows: [row('WEB-1', { responsible: [lena], accountable: [priya] })] });
  });

  it('keeps a holder not among the people exactly as written apart, numbered after them', () => {
    const renamed = { ...lena, displayName: 'Lena F.' };
    const packed = packRows([row('WEB-1', { responsible: [renamed], informed: [lena] })], [lena]);
    expect(packed.rows[0]).toMatchObject({ responsible: [1], informed: [0] });
    expect(packed.otherHolders).toEqual([renamed]);
    expect(unpackRows(packed.rows, [lena], packed.otherHolders)).toEqual({ rows: [row('WEB-1', { responsible: [renamed], informed: [lena] })] });
  });

  it('round-trips any rows and people', () => {
    const people = fc.array(fc.record({ accountId: fc.constantFrom('a', 'b', 'c', 'd'), displayName: fc.constantFrom('A', 'B', 'C'), active: fc.boolean() }), { maxLength: 5 });
    fc.assert(
      fc.property(people, fc.array(fc.tuple(people, people, people, people), { maxLength: 6 }), (columns, roles) => {
        const rows = roles.map(([responsible, accountable, consulted, informed], i) => row(`BIG-${i + 1}`, { responsible, accountable, consulted, informed }));
        const packed = packRows(rows, columns);
        expect(unpackRows(packed.rows, columns, packed.otherHolders)).toEqual({ rows });
      }),
      { numRuns: 300 },
    );
  });
});

describe("raci/get's codec", () => {
  it('packs what the resolver answers and unpacks what the UI reads back to the same answer', () => {
    const value = answer([row('WEB-1', { responsible: [lena], accountable: [priya], consulted: [lena, priya] })], [lena, priya]);
    const packed = wire(value) as { rows: { consulted: number[] }[] };
    expect(packed.rows[0]?.consulted).toEqual([0, 1]);
    expect(resolvers['raci/get'].result.parse(packed)).toEqual(value);
  });

  it('refuses a packed answer naming a holder it does not list, as any malformed answer', () => {
    const packed = wire(answer([row('WEB-1', { responsible: [lena] })], [lena])) as { rows: { responsible: number[] }[] };
    packed.rows[0]!.responsible = [3];
    const parsed = resolvers['raci/get'].result.safeParse(packed);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('a role names holder 3, which the answer does not list');
  });

  it('sends 1,250 epics with four holders each in well under half the bytes, under the 600 KiB answer budget', () => {
    const people = Array.from({ length: 40 }, (_, i) => person(`Person ${i + 1}`));
    const rows = Array.from({ length: 1250 }, (_, i) =>
      row(`BIG-${i + 1}`, { responsible: [people[i % 40]!], accountable: [people[(i + 1) % 40]!], consulted: [people[(i + 2) % 40]!], informed: [people[(i + 3) % 40]!] }),
    );
    const value = answer(rows, people);
    const whole = JSON.stringify(value).length;
    const packed = JSON.stringify(wire(value)).length;
    expect(whole).toBeGreaterThan(600 * 1024);
    expect(packed).toBeLessThan(whole * 0.45);
    expect(packed).toBeLessThan(600 * 1024);
  });

  it("packs the macro's matrix too", () => {
    const value = { rows: [row('WEB-1', { informed: [priya] })], people: [priya], findings: [], scope: { projectKey: 'WEB', jql: null, label: 'WEB' } };
    const packed = JSON.parse(JSON.stringify(z.encode(resolvers['macro/raci'].result, value))) as { rows: { informed: number[] }[] };
    expect(packed.rows[0]?.informed).toEqual([0]);
    expect(resolvers['macro/raci'].result.parse(packed)).toEqual(value);
  });
});
