import { useId, type ReactNode } from 'react';
import type { SettingsProblem } from '@contract';
import { FieldProblems, problemsAt } from './field-problems';

interface FormRowProps {
  label: string;
  /** The setting's path, e.g. `calendar.hoursPerDay`: its problems are shown under the control. */
  path: string;
  problems: readonly SettingsProblem[];
  hint?: string;
  children: (ids: { inputId: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

/** One labelled setting: the control, a hint, and the problems of its path (linked with aria-describedby). */
export function FormRow({ label, path, problems, hint, children }: FormRowProps) {
  const inputId = useId();
  const problemsId = useId();
  const hintId = useId();
  const invalid = problemsAt(problems, path).some((p) => p.severity === 'error');
  const describedBy = [hint ? hintId : '', problemsAt(problems, path).length > 0 ? problemsId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`keel-form-row${invalid ? ' keel-form-row--invalid' : ''}`} data-path={path}>
      <label className="keel-form-row__label" htmlFor={inputId}>
        {label}
      </label>
      <div className="keel-form-row__control">
        {children({ inputId, describedBy, invalid })}
        {hint && (
          <p className="keel-form-row__hint" id={hintId}>
            {hint}
          </p>
        )}
        <FieldProblems problems={problems} path={path} id={problemsId} />
      </div>
    </div>
  );
}
