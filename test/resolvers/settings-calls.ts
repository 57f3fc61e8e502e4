/** The settings resolvers as the admin pages call them, against a started demo app (demo-app.ts). */
import type { SettingsSaveResult, SettingsView } from '../../src/contract';
import type { demoApp } from './demo-app';

export function settingsCalls(demo: ReturnType<typeof demoApp>) {
  return {
    view: () => demo.call<SettingsView>('settings/get', {}, 'Priya'),
    save: (settings: unknown, who = 'Priya') => demo.call<SettingsSaveResult>('settings/save', { settings, projectKey: 'WEB' }, who),
  };
}

/** A refused save's problems by path. */
export const problems = (result: { problems: { path: string; message: string }[] }) => Object.fromEntries(result.problems.map((p) => [p.path, p.message]));
