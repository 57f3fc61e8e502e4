import { useState, type ReactNode } from 'react';
import type { Settings } from '@contract';
import type { SectionProps } from './section-props';
import { inGroup, SettingsGroupSection } from './settings-group-section';
import { SETTINGS_GROUPS, type SettingsGroup } from './settings-groups';

interface SettingsFormProps extends SectionProps {
  /** Above a group's fields: the project page's "use this project's own settings" switch. */
  groupControl?: (group: SettingsGroup) => ReactNode;
  /** False shows the group's values without letting them change (sections a project takes from the global settings). */
  editable?: (group: SettingsGroup) => boolean;
  /** Groups shown folded until the admin opens them (the project page folds the groups it takes from the global settings). */
  foldedByDefault?: (group: SettingsGroup) => boolean;
}

/** Every group of settings, each with its fields, pickers and problems; the admin folds away the groups done with. */
export function SettingsForm({ groupControl, editable, foldedByDefault, ...props }: SettingsFormProps) {
  // The groups the admin flipped from their default: a group whose default changes (a project takes it over) follows it.
  const [flipped, setFlipped] = useState<ReadonlySet<string>>(new Set());
  const openByDefault = (g: SettingsGroup) => !(foldedByDefault?.(g) ?? false);
  const isOpen = (g: SettingsGroup) => openByDefault(g) !== flipped.has(g.id);
  const toggle = (id: string) => setFlipped(flipped.has(id) ? new Set([...flipped].filter((c) => c !== id)) : new Set([...flipped, id]));
  const setAll = (open: boolean) => setFlipped(new Set(SETTINGS_GROUPS.filter((g) => openByDefault(g) !== open).map((g) => g.id)));
  return (
    <div className="keel-settings-form">
      <div className="keel-settings-form__folding">
        <button type="button" className="keel-button--link" onClick={() => setAll(false)}>Collapse all</button>
        <button type="button" className="keel-button--link" onClick={() => setAll(true)}>Expand all</button>
      </div>
      {SETTINGS_GROUPS.map((group) => {
        const { Editor } = group;
        return (
          <SettingsGroupSection key={group.id} group={group} open={isOpen(group)} onToggle={() => toggle(group.id)}
            problems={inGroup(group, props.problems)} control={groupControl?.(group)} disabled={editable ? !editable(group) : false}>
            <Editor {...props} />
          </SettingsGroupSection>
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
