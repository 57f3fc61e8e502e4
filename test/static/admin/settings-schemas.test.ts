/** The admin pages read the settings through zod/mini: nothing the back end's schema holds may be dropped on the way (a save would lose it). */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { defaultSettings } from '../../../src/config/settings';
import { settings } from '../../../static/src/api/settings-schemas';

describe('the admin pages’ settings schema', () => {
  it('keeps every value of the settings, the optional background threshold included', () => {
    const full = { ...defaultSettings, schedule: { ...defaultSettings.schedule, backgroundAboveIssues: 3000 }, fieldNames: { customfield_10016: 'Story point estimate' } };
    expect(settings.parse(JSON.parse(JSON.stringify(full)))).toEqual(full);
    expect(settings.parse(JSON.parse(JSON.stringify(defaultSettings)))).toEqual(defaultSettings);
  });
});
