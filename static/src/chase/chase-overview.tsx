import { useResolver } from '../api/use-resolver';
import { errorAdvice } from '../api/error-advice';
import { ChaseTable } from './chase-table';

/** The Overview's "What to chase" list (`chase/get`): the top ten, the rest one click away. */
export function ChaseOverview({ projectKey }: { projectKey: string }) {
  const { state, retry } = useResolver('chase/get', { projectKey }, projectKey);
  if (state.status === 'loading') return <p className="keel-muted" role="status">{`Finding what to chase in ${projectKey}…`}</p>;
  if (state.status === 'error') {
    return (
      <p role="alert" className="keel-error-text">
        {`Keel could not work out what to chase: ${state.message} ${errorAdvice(state.code)} `}
        <button type="button" className="keel-button keel-button--subtle" onClick={retry}>Try again</button>
      </p>
    );
  }
  if (state.data.computing) return <p className="keel-muted">What to chase appears once the schedule of this large project is computed (see Dependencies).</p>;
  return <ChaseTable chase={state.data.chase} />;
}
