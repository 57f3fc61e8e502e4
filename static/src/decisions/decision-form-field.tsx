import { useId, type ChangeEvent } from 'react';

interface DecisionFormFieldProps {
  label: string;
  value: string;
  problem: string | undefined;
  onChange: (value: string) => void;
  hint?: string;
  multiline?: boolean;
  name: string;
}

/** One labelled input of the decision form, with its hint and its problem right below it (announced to screen readers). */
export function DecisionFormField({ label, value, problem, onChange, hint, multiline = false, name }: DecisionFormFieldProps) {
  const id = useId();
  const change = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(event.target.value);
  const described = [hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter((x) => x !== '').join(' ') || undefined;
  const common = { id, name, value, onChange: change, 'aria-invalid': problem !== undefined, 'aria-describedby': described, className: 'keel-input' };
  return (
    <div className="keel-form-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
      {hint && (
        <span id={`${id}-hint`} className="keel-muted keel-form-hint">
          {hint}
        </span>
      )}
      {problem && (
        <span id={`${id}-problem`} className="keel-form-problem" role="alert" data-field={name}>
          {problem}
        </span>
      )}
    </div>
  );
}
