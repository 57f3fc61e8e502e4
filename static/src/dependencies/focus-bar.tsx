import { useId, useState, type FormEvent } from 'react';
import type { ScheduleNode } from '@contract';

interface FocusBarProps {
  nodes: readonly ScheduleNode[];
  focus: string | null;
  onFocus: (key: string | null) => void;
}

/** Focus on one issue's upstream and downstream: type or pick a key; "Show all" goes back. */
export function FocusBar({ nodes, focus, onFocus }: FocusBarProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const key = text.trim().toUpperCase();
    if (nodes.some((n) => n.key === key)) {
      setProblem(null);
      onFocus(key);
    } else {
      setProblem(`${key || 'That'} is not on the map.`);
    }
  };
  if (focus !== null) {
    return (
      <div className="keel-focus" role="status" data-testid="focus-status">
        <span>
          Showing <strong>{focus}</strong> with everything upstream and downstream of it.
        </span>
        <button type="button" className="keel-button keel-button--subtle" onClick={() => onFocus(null)}>
          Show all issues
        </button>
      </div>
    );
  }
  return (
    <form className="keel-focus" onSubmit={submit}>
      <label htmlFor={`${id}-key`}>Focus on issue</label>
      <input id={`${id}-key`} list={`${id}-keys`} value={text} onChange={(e) => setText(e.target.value)} placeholder="PAY-12" size={12} aria-describedby={problem ? `${id}-problem` : undefined} />
      <datalist id={`${id}-keys`}>
        {nodes.map((n) => (
          <option key={n.key} value={n.key}>
            {n.summary}
          </option>
        ))}
      </datalist>
      <button type="submit" className="keel-button keel-button--subtle">
        Focus
      </button>
      {problem && (
        <span id={`${id}-problem`} className="keel-error-text" role="alert">
          {problem}
        </span>
      )}
    </form>
  );
}
