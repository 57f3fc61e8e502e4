import { errorAdvice } from '../api/error-advice';
import { useResolver } from '../api/use-resolver';
import { EmptyState } from '../components/empty-state';
import { ErrorState } from '../components/error-state';
import { LoadingState } from '../components/loading-state';
import { PublishPanel } from '../publish/publish-panel';
import { RaciFindings } from './raci-findings';
import { RaciMatrix } from './raci-matrix';
import { HiddenMarker } from '../hidden-work/hidden-marker';
import { fmt } from '../format/current-format';

/** The RACI tab: publishing, the findings, then the matrix of deliverables and people with its legend. */
export function RaciView({ projectKey }: { projectKey: string }) {
  const { state, retry } = useResolver('raci/get', { projectKey }, projectKey);
  if (state.status === 'loading') return <LoadingState label={`Loading the RACI matrix of ${projectKey}…`} />;
  if (state.status === 'error') {
    return <ErrorState title={`Keel could not load the RACI matrix of ${projectKey}`} message={state.message} advice={errorAdvice(state.code)} onRetry={retry} />;
  }
  const raci = state.data;
  return (
    <div className="keel-raci">
      <header className="keel-overview__header">
        <h1 className="keel-heading">
          {`RACI matrix of ${raci.scope.label}`}
        </h1>
        <p className="keel-muted">
          {`${fmt().number(raci.rows.length)} deliverables, ${fmt().number(raci.people.length)} people. Deliverables: `}
          <code>{raci.deliverablesJql}</code>
        </p>
      </header>
      {/* Slot: the "Publish to Confluence" panel (static/src/publish). */}
      <PublishPanel projectKey={projectKey} artefact="raci" />
      {raci.truncatedAt !== null && <p className="keel-note">{`Only the first ${raci.truncatedAt.toLocaleString()} deliverables are shown: Keel reads at most that many at once. To see the others, narrow the RACI deliverables JQL in Keel's settings (Jira settings → Apps → Keel).`}</p>}
      <RaciFindings findings={raci.findings} />
      {raci.rows.length === 0 ? (
        <EmptyState title="No deliverables in scope" message="No epics in this project's scope. Create epics, or choose deliverables by JQL in Keel's settings." />
      ) : (
        <section className="keel-section" aria-labelledby="keel-raci-matrix-title">
          <h2 id="keel-raci-matrix-title" className="keel-section__title">
            Matrix
            <HiddenMarker what="the matrix" changedBy="issues" />
          </h2>
          <RaciMatrix raci={raci} projectKey={projectKey} />
        </section>
      )}
    </div>
  );
}
