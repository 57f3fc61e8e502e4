/** Which dependency mappings the admin page shows as rows and which fold into "N mappings for link types this site does not have". */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { defaultSettings } from '../../../src/config/settings';
import { splitMappings } from '../../../static/src/admin/dependencies-section';

const mappings = defaultSettings.linkMappings;
const indexOf = (name: string) => mappings.findIndex((m) => m.linkType === name);

describe('splitMappings', () => {
  it('shows the link types the site has (whatever their case) and folds the rest, in order', () => {
    const { shown, absent } = splitMappings(mappings, ['blocks', 'Gantt End to Start', 'Relates'], []);
    expect(shown).toEqual([indexOf('Blocks'), indexOf('Gantt End to Start')]);
    expect(absent).toHaveLength(mappings.length - 2);
    expect(absent).not.toContain(indexOf('Blocks'));
  });

  it('keeps a mapping with a problem in sight, even for a link type the site lacks', () => {
    const problems = [{ path: `linkMappings.${indexOf('Depends')}.lagDays`, message: 'use a whole number', severity: 'error' as const }];
    const { shown, absent } = splitMappings(mappings, ['Blocks'], problems);
    expect(shown).toEqual([indexOf('Blocks'), indexOf('Depends')]);
    expect(absent).not.toContain(indexOf('Depends'));
  });

  it('does not take linkMappings.1 for linkMappings.10', () => {
    const problems = [{ path: 'linkMappings.10.linkType', message: 'name a link type', severity: 'error' as const }];
    expect(splitMappings(mappings, [], problems).shown).toEqual([10]);
  });
});
