/** Settings of version 1 read as version 2; a newer or unversioned file is refused with a message naming why. */
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import { migrateSettings, upgradeFrom1 } from '../../src/config/migrate-settings';
import { defaultSettings, SETTINGS_VERSION } from '../../src/config/settings';

const version1 = {
  version: 1,
  scope: { jql: 'project = "{project}" AND type != Epic' },
  fields: { storyPoints: 'customfield_10028', startDate: 'customfield_10015', dueDate: 'duedate' },
  durationSource: 'storyPoints',
  calendar: { workingDays: [1, 2, 3, 4], hoursPerDay: 7.5, holidays: ['2026-12-25', '2026-12-24', '2026-12-25'] },
};

describe('issue 12, robustness: partial settings merge over the defaults section by section', () => {
  it('{"version":2} is the defaults, link mappings included; a section given replaces only that section', () => {
    expect(migrateSettings({ version: 2 })).toEqual(defaultSettings);
    const partial = migrateSettings({ version: 2, calendar: { hoursPerDay: 7 }, linkMappings: [{ linkType: 'Blocks', predecessor: 'outward' }] });
    expect(partial.calendar).toEqual({ ...defaultSettings.calendar, hoursPerDay: 7 });
    expect(partial.linkMappings).toEqual([{ linkType: 'Blocks', predecessor: 'outward', kind: 'FS', lagDays: 0 }]);
    expect(partial.evm).toEqual(defaultSettings.evm);
  });
});

describe('migrateSettings', () => {
  it('is at version 2', () => {
    expect(SETTINGS_VERSION).toBe(2);
    expect(defaultSettings.version).toBe(2);
  });

  it('reads version 1: holidays once each and in order, no field names yet, everything else kept', () => {
    const settings = migrateSettings(version1);
    expect(settings.version).toBe(2);
    expect(settings.calendar).toEqual({ workingDays: [1, 2, 3, 4], hoursPerDay: 7.5, holidays: ['2026-12-24', '2026-12-25'] });
    expect(settings.fieldNames).toEqual({});
    expect(settings.fields.storyPoints).toBe('customfield_10028');
    expect(settings.durationSource).toBe('storyPoints');
    expect(settings.scope.jql).toBe('project = "{project}" AND type != Epic');
  });

  it('upgrades version 1 without a calendar (defaults fill it) and keeps unknown parts for the schema to judge', () => {
    expect(upgradeFrom1({ version: 1 })).toEqual({ version: 2, fieldNames: {} });
    expect(migrateSettings({ version: 1 }).calendar.holidays).toEqual([]);
  });

  it('refuses version 2 with a holiday listed twice, naming the field', () => {
    expect(() => migrateSettings({ version: 2, calendar: { holidays: ['2026-12-25', '2026-12-25'] } })).toThrow(/calendar\.holidays: list each holiday once/);
  });

  it('refuses settings from a newer Keel and settings with no version', () => {
    expect(() => migrateSettings({ version: 3 })).toThrow(/newer Keel \(settings version 3; this Keel reads up to 2\)/);
    expect(() => migrateSettings({ scope: {} })).toThrow(/no version number/);
  });
});
