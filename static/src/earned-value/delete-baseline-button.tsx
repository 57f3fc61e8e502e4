import { useState } from 'react';
import { callResolver } from '../api/call-resolver';

type DeleteState = { status: 'idle' } | { status: 'confirming' } | { status: 'deleting' } | { status: 'refused'; message: string };

interface DeleteBaselineButtonProps {
  projectKey: string;
  name: string;
  onDeleted: () => void;
}

/** Deletes a stored baseline after a second click (Forge's iframe has no confirm dialog); refusals are shown. */
export function DeleteBaselineButton({ projectKey, name, onDeleted }: DeleteBaselineButtonProps) {
  const [state, setState] = useState<DeleteState>({ status: 'idle' });
  const remove = () => {
    setState({ status: 'deleting' });
    callResolver('baselines/delete', { projectKey, name }).then(
      () => {
        setState({ status: 'idle' });
        onDeleted();
      },
      (error: unknown) => setState({ status: 'refused', message: error instanceof Error ? error.message : String(error) }),
    );
  };
  return (
    <>
      {state.status === 'confirming' || state.status === 'deleting' ? (
        <>
          <button type="button" className="keel-button keel-ev-danger" onClick={remove} disabled={state.status === 'deleting'}>
            {`Delete “${name}” for everyone`}
          </button>
          <button type="button" className="keel-button keel-button--subtle" onClick={() => setState({ status: 'idle' })}>
            Keep it
          </button>
        </>
      ) : (
        <button type="button" className="keel-button keel-button--subtle" onClick={() => setState({ status: 'confirming' })}>
          Delete this baseline
        </button>
      )}
      {state.status === 'refused' && (
        <p role="alert" className="keel-error-text keel-ev-baseline__refusal" data-testid="baseline-delete-refused">{`Keel did not delete the baseline: ${state.message}`}</p>
      )}
    </>
  );
}
