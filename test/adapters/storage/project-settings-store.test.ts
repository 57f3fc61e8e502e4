/** A project's stored settings and its effective settings, over a plain in-memory store. */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { loadEffectiveSettings, loadProjectSettings, projectSettingsKey, saveProjectSettings } from '../../../src/adapters/storage/project-settings-store';
import { GLOBAL_SETTINGS_KEY, type KeyValueStore } from '../../../src/adapters/storage/settings-store';
import { defaultSettings } from '../../../src/config/settings';

function memoryStore(initial: Record<string, unknown> = {}): KeyValueStore {
  const values = new Map(Object.entries(initial));
  return { get: (key) => Promise.resolve(values.get(key)), set: (key, value) => Promise.resolve(void values.set(key, value)) };
}

describe('the project settings store', () => {
  it('has no overrides for a project nobody configured, so its settings are the global ones', async () => {
    const store = memoryStore({ [GLOBAL_SETTINGS_KEY]: { version: 1, durationSource: 'storyPoints' } });
    expect((await loadProjectSettings(store, 'PAY')).overrides).toEqual({});
    expect((await loadEffectiveSettings(store, 'PAY')).durationSource).toBe('storyPoints');
  });

  it("puts a project's sections over the global settings, for that project only", async () => {
    const store = memoryStore();
    await saveProjectSettings(store, 'PAY', { version: 2, overrides: { daysPerStoryPoint: 0.5, calendar: { workingDays: [1, 2, 3, 4], hoursPerDay: 6, holidays: [] } }, fieldNames: {} });
    expect(projectSettingsKey('PAY')).toBe('settings:project:PAY');
    const pay = await loadEffectiveSettings(store, 'PAY');
    expect([pay.daysPerStoryPoint, pay.calendar.hoursPerDay, pay.scope]).toEqual([0.5, 6, defaultSettings.scope]);
    expect(await loadEffectiveSettings(store, 'WEB')).toEqual(defaultSettings);
  });

  it('refuses stored project settings that do not read, naming the project and the field, or a newer Keel', async () => {
    await expect(loadProjectSettings(memoryStore({ 'settings:project:PAY': { version: 2, overrides: { calendar: { hoursPerDay: 99 } } } }), 'PAY')).rejects.toThrow(
      /settings for PAY are not valid: overrides\.calendar\.hoursPerDay: a day has at most 24 hours/,
    );
    await expect(loadProjectSettings(memoryStore({ 'settings:project:PAY': { version: 5, overrides: {} } }), 'PAY')).rejects.toThrow(/for PAY were saved by a newer Keel \(settings version 5/);
  });
});
