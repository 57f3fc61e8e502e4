import type { ReactNode } from 'react';
import type { Settings } from '@contract';
import type { SectionProps } from './section-props';
import { SETTINGS_GROUPS, type SettingsGroup } from './settings-groups';

interface SettingsFormProps extends SectionProps {
  /** Above a group's fields: the project page's "use this project's own settings" switch. */
  groupControl?: (group: SettingsGroup) => ReactNode;
  /** False shows the group's values without letting them change (sections a project takes from the global settings). */
  editable?: (group: SettingsGroup) => boolean;
}

/** Every group of settings, each with its fields, pickers and problems. */
export function SettingsForm({ groupControl, editable, ...props }: SettingsFormProps) {
  return (
    <div className="keel-settings-form">
      {SETTINGS_GROUPS.map((group) => {
        const canEdit = editable ? editable(group) : true;
        const { Editor } = group;
        return (
          <section key={group.id} className="keel-settings-group" aria-labelledby={`group-${group.id}`} data-group={group.id}>
            <h2 id={`group-${group.id}`} className="keel-subheading">{group.title}</h2>
            {groupControl?.(group)}
            <fieldset className="keel-settings-group__fields" disabled={!canEdit}>
              <legend className="keel-visually-hidden">{group.title}</legend>
              <Editor {...props} />
            </fieldset>
          </section>
        );
      })}
    </div>
  );
}

/** The form's problems and the back end's, each once. */
export function mergedProblems<P extends { path: string; message: string }>(...lists: readonly (readonly P[])[]): P[] {
  const seen = new Set<string>();
  return lists.flat().filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export type { Settings };
