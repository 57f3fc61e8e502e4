import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import { fieldIdsByName } from '../../src/config/field-ids-by-name';
import { RACI_FIELD_NAMES } from '../../src/config/raci-settings';

const site = [
  { id: 'customfield_1', name: '  accountable ' },
  { id: 'customfield_2', name: 'Accountable' },
  { id: 'customfield_3', name: 'Informed' },
];

describe('fieldIdsByName', () => {
  it('fills null slots with the first site field of a listed name, case and spacing ignored, keeping set ones', () => {
    expect(fieldIdsByName({ accountable: null, consulted: null, informed: 'customfield_9' }, RACI_FIELD_NAMES, site)).toEqual({
      accountable: 'customfield_1',
      consulted: null,
      informed: 'customfield_9',
    });
  });
});
