import { useId, useState, type FormEvent } from 'react';

/** Focus a large map on one issue's upstream and downstream, asked of the server (the map does not hold every key). */
export function LargeFocusForm({ focus, onFocus }: { focus: string | null; onFocus: (key: string | null) => void }) {
  const id = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const key = text.trim().toUpperCase();
    if (/^[A-Z][A-Z0-9_]{0,19}-[1-9][0-9]*$/.test(key)) {
      setProblem(null);
      onFocus(key);
    } else {
      setProblem(`${key || 'That'} is not an issue key such as PAY-12.`);
    }
  };
  return (
    <form className="keel-focus" onSubmit={submit}>
      <label htmlFor={`${id}-key`}>Focus on issue</label>
      <input id={`${id}-key`} value={text} onChange={(e) => setText(e.target.value)} placeholder="PAY-12" size={12} aria-describedby={problem ? `${id}-problem` : undefined} />
      <button type="submit" className="keel-button keel-button--subtle">
        Focus
      </button>
      {focus !== null && (
        <button type="button" className="keel-button keel-button--subtle" onClick={() => onFocus(null)}>
          Back to all epics
        </button>
      )}
      {problem && (
        <span id={`${id}-problem`} className="keel-error-text" role="alert">
          {problem}
        </span>
      )}
    </form>
  );
}
