import { useId, useState, type FormEvent } from 'react';
import { callResolver } from '../api/call-resolver';
import { ResolverError } from '../api/resolver-error';

type SaveState = { status: 'idle' } | { status: 'saving' } | { status: 'saved'; name: string } | { status: 'refused'; message: string };

interface SaveBaselineFormProps {
  projectKey: string;
  onSaved: (name: string) => void;
}

/**
 * "Save current plan as baseline": project administrators may; for anyone else the resolver refuses, and its
 * message (who may, and whom to ask) is shown as it stands.
 */
export function SaveBaselineForm({ projectKey, onSaved }: SaveBaselineFormProps) {
  const [name, setName] = useState('');
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const inputId = useId();
  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = name.trim();
    setState({ status: 'saving' });
    callResolver('baselines/create', { projectKey, name: trimmed }).then(
      (saved) => {
        setState({ status: 'saved', name: saved.name });
        setName('');
        onSaved(saved.name);
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        const advice = error instanceof ResolverError && error.code === 'FORBIDDEN' ? ` Ask a project administrator of ${projectKey} to save it.` : '';
        setState({ status: 'refused', message: `${message}${advice}` });
      },
    );
  };
  return (
    <form className="keel-ev-save" onSubmit={save} aria-label="Save current plan as baseline">
      <label htmlFor={inputId} className="keel-ev-field-label">
        New baseline name
      </label>
      <input id={inputId} value={name} required maxLength={50} placeholder="e.g. Kickoff" onChange={(event) => setName(event.target.value)} />
      <button type="submit" className="keel-button" disabled={state.status === 'saving' || name.trim() === ''}>
        {state.status === 'saving' ? 'Saving…' : 'Save current plan as baseline'}
      </button>
      <p className="keel-ev-save__hint keel-muted">Project administrators only. It stores every issue's planned dates and budget as they are now.</p>
      {state.status === 'saved' && (
        <p role="status" className="keel-ev-save__ok" data-testid="baseline-saved">{`Saved baseline “${state.name}”. Pick it above to measure against it.`}</p>
      )}
      {state.status === 'refused' && (
        <p role="alert" className="keel-ev-save__error keel-error-text" data-testid="baseline-refused">
          {`Keel did not save the baseline: ${state.message}`}
        </p>
      )}
    </form>
  );
}
