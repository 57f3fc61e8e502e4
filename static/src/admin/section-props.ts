import type { PersonName, Settings, SettingsCatalog, SettingsProblem } from '@contract';
import type { PickerOption } from './search-picker';

/** What every section editor gets: the values shown, how to change them, the pickers' catalogue and the problems. */
export interface SectionProps {
  settings: Settings;
  update: (patch: Partial<Settings>) => void;
  catalog: SettingsCatalog;
  problems: readonly SettingsProblem[];
  people: readonly PersonName[];
}

export function fieldOptions(catalog: SettingsCatalog, types?: readonly string[]): PickerOption[] {
  return catalog.fields
    .filter((f) => types === undefined || (f.type !== null && types.includes(f.type)))
    .map((f) => ({ value: f.id, label: `${f.name} (${f.id})` }));
}

export const linkTypeOptions = (catalog: SettingsCatalog): PickerOption[] =>
  catalog.linkTypes.map((t) => ({ value: t.name, label: `${t.name}: "${t.outward}" / "${t.inward}"` }));

export const issueTypeOptions = (catalog: SettingsCatalog): PickerOption[] => catalog.issueTypes.map((t) => ({ value: t.name, label: t.name }));

export const statusOptions = (catalog: SettingsCatalog): PickerOption[] => catalog.statuses.map((s) => ({ value: s.name, label: s.name }));

/** A mapped field the site no longer has, named as it was when the settings were saved. */
export function missingField(settings: Settings): (id: string) => string {
  return (id) => {
    const name = settings.fieldNames[id];
    return `${name === undefined ? id : `${name} (${id})`}: not on this site`;
  };
}
