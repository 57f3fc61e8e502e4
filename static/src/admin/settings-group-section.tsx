import type { ReactNode } from 'react';
import type { SettingsProblem } from '@contract';
import type { SettingsGroup } from './settings-groups';

interface GroupSectionProps {
  group: SettingsGroup;
  open: boolean;
  onToggle: () => void;
  /** The problems of the group's settings: counted on its heading, so a folded group still says what is wrong. */
  problems: readonly SettingsProblem[];
  /** Shown under the heading even while the group is folded (the project page's override switch). */
  control: ReactNode;
  disabled: boolean;
  children: ReactNode;
}

/** The settings paths of a group's sections. */
export function inGroup(group: SettingsGroup, problems: readonly SettingsProblem[]): SettingsProblem[] {
  return problems.filter((p) => group.sections.some((s) => p.path === s || p.path.startsWith(`${s}.`)));
}

/** One group of the form, folded or open by a button on its heading (a native button: Enter and Space work). */
export function SettingsGroupSection({ group, open, onToggle, problems, control, disabled, children }: GroupSectionProps) {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const bodyId = `group-${group.id}-body`;
  return (
    <section className={`keel-settings-group${open ? '' : ' keel-settings-group--closed'}`} aria-labelledby={`group-${group.id}`} data-group={group.id}>
      <h2 id={`group-${group.id}`} className="keel-subheading">
        <button type="button" className="keel-settings-group__toggle" aria-expanded={open} aria-controls={bodyId} onClick={onToggle}>
          <span className="keel-settings-group__chevron" aria-hidden="true">{open ? '▾' : '▸'}</span> {group.title}
          {errors > 0 && <span className="keel-settings-group__count keel-settings-group__count--error"> {errors} problem{errors === 1 ? '' : 's'}</span>}
          {warnings > 0 && <span className="keel-settings-group__count"> {warnings} warning{warnings === 1 ? '' : 's'}</span>}
        </button>
      </h2>
      {control}
      <div id={bodyId} hidden={!open}>
        <fieldset className="keel-settings-group__fields" disabled={disabled}>
          <legend className="keel-visually-hidden">{group.title}</legend>
          {children}
        </fieldset>
      </div>
    </section>
  );
}
