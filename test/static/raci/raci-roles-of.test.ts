import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { raciRolesOf, roleWords } from '../../../static/src/raci/raci-roles-of';
import { deliverable, person } from '../../domain/raci/raci-builders';

describe('raciRolesOf', () => {
  it('lists the roles a person holds on a row in R, A, C, I order', () => {
    const row = deliverable('WEB-4', { responsible: [person('Priya')], accountable: [person('Priya')], informed: [person('Lena')] });
    expect(raciRolesOf(row, 'id-priya')).toEqual(['R', 'A']);
    expect(raciRolesOf(row, 'id-lena')).toEqual(['I']);
    expect(raciRolesOf(row, 'id-sam')).toEqual([]);
  });

  it('says the roles in words for screen readers', () => {
    expect(roleWords(['R', 'A', 'C'])).toBe('Responsible, Accountable and Consulted');
    expect(roleWords(['I'])).toBe('Informed');
    expect(roleWords([])).toBe('no role');
  });
});
