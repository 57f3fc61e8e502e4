import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { raciMatrixOf } from '../../../src/domain/raci/raci-matrix-of';
import { deliverable, person } from './raci-builders';

const limit = { accountableLimit: 2 };

describe('raciMatrixOf', () => {
  it('gives an empty matrix with no findings for no deliverables', () => {
    expect(raciMatrixOf([], limit)).toEqual({ rows: [], people: [], findings: [] });
  });

  it('has no findings when every row has one A and an R', () => {
    const matrix = raciMatrixOf([deliverable('WEB-1'), deliverable('WEB-2')], limit);
    expect(matrix.findings).toEqual([]);
    expect(matrix.people.map((p) => p.displayName)).toEqual(['Lena', 'Priya']);
  });

  it('lists the people holding any role once, sorted by display name', () => {
    const matrix = raciMatrixOf(
      [
        deliverable('WEB-1', { consulted: [person('Tomas'), person('Aiko')], informed: [person('Lena')] }),
        deliverable('WEB-2', { informed: [person('Marcus')] }),
      ],
      limit,
    );
    expect(matrix.people.map((p) => p.displayName)).toEqual(['Aiko', 'Lena', 'Marcus', 'Priya', 'Tomas']);
  });

  it('sorts rows by issue key (WEB-9 before WEB-10) and drops a person listed twice in one role', () => {
    const matrix = raciMatrixOf(
      [deliverable('WEB-10'), deliverable('WEB-9', { consulted: [person('Aiko'), person('Aiko')] })],
      limit,
    );
    expect(matrix.rows.map((r) => r.key)).toEqual(['WEB-9', 'WEB-10']);
    expect(matrix.rows[0]?.consulted).toEqual([person('Aiko')]);
  });

  it('reports rows with no A, several A and no R, one finding per kind with every row', () => {
    const matrix = raciMatrixOf(
      [
        deliverable('WEB-1', { accountable: [], accountableSource: 'none' }),
        deliverable('WEB-2', { accountable: [person('Priya'), person('Marcus')] }),
        deliverable('WEB-3', { responsible: [] }),
        deliverable('WEB-4', { accountable: [], accountableSource: 'none', responsible: [] }),
      ],
      { accountableLimit: 5 },
    );
    expect(matrix.findings.map((f) => [f.kind, f.issueKeys])).toEqual([
      ['no-accountable', ['WEB-1', 'WEB-4']],
      ['several-accountable', ['WEB-2']],
      ['no-responsible', ['WEB-3', 'WEB-4']],
    ]);
    expect(matrix.findings.every((f) => f.people.length === 0)).toBe(true);
    expect(matrix.findings[0]?.title).toBe('2 deliverables have no Accountable');
    expect(matrix.findings[1]?.title).toBe('1 deliverable has more than one Accountable');
  });

  it("counts a programme's findings with thousands separated, as every other count on the page", () => {
    const rows = Array.from({ length: 1220 }, (_, i) => deliverable(`BIG-${i + 1}`, { accountable: [], accountableSource: 'none' }));
    expect(raciMatrixOf(rows, { accountableLimit: 5 }).findings[0]?.title).toBe('1,220 deliverables have no Accountable');
  });

  it('reports a person who is A on more rows than the limit, not one at the limit', () => {
    const priya = person('Priya');
    const marcus = person('Marcus');
    const matrix = raciMatrixOf(
      [
        deliverable('WEB-1'),
        deliverable('WEB-2'),
        deliverable('WEB-3'),
        deliverable('WEB-4', { accountable: [marcus] }),
        deliverable('WEB-5', { accountable: [marcus] }),
      ],
      limit,
    );
    expect(matrix.findings).toHaveLength(1);
    expect(matrix.findings[0]).toMatchObject({
      kind: 'accountable-overload',
      title: 'Priya is Accountable for 3 deliverables (limit 2)',
      issueKeys: ['WEB-1', 'WEB-2', 'WEB-3'],
      people: [priya],
    });
  });

  it('names an A found only through the reporter fallback in the advice', () => {
    const matrix = raciMatrixOf(
      [deliverable('WEB-1', { accountableSource: 'reporter' }), deliverable('WEB-2', { accountableSource: 'reporter' }), deliverable('WEB-3', { accountableSource: 'reporter' })],
      limit,
    );
    expect(matrix.findings[0]?.advice).toContain('reporter');
  });
});
