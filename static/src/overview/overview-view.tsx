import { useResolver, type ResolverState } from '../api/use-resolver';
import { StatusLine } from '../status/status-line';
import { VerdictCard } from '../status/verdict-card';
import { PublishPanel } from '../publish/publish-panel';
import { errorAdvice } from '../api/error-advice';
import { EmptyState } from '../components/empty-state';
import { ErrorState } from '../components/error-state';
import { LoadingState } from '../components/loading-state';
import { ChaseOverview } from '../chase/chase-overview';
import { FindingsList } from './findings-list';
import { IssuesByTypeTable } from './issues-by-type-table';
import { LinksByTypeTable } from './links-by-type-table';
import { OverviewHeader } from './overview-header';
import { StoredAnswerNote } from '../components/stored-answer-note';

/** The verdict on the launch date (status/get), asked once by the project page for every tab. */
export interface ProjectStatus {
  state: ResolverState<'status/get'>;
  retry: () => void;
}

/**
 * The verdict card once it is ready, with "Publish status report" (a dated Confluence page of the steering pack);
 * until then (or on failure) the shared status line says so.
 */
function Verdict({ status, projectKey }: { status: ProjectStatus; projectKey: string }) {
  if (status.state.status !== 'ready') return <StatusLine state={status.state} onRetry={status.retry} />;
  return (
    <>
      <VerdictCard status={status.state.data} />
      {status.state.data.status !== 'computing' && (
        <details className="keel-status-report">
          <summary>Publish status report to Confluence</summary>
          <PublishPanel projectKey={projectKey} artefact="status" />
        </details>
      )}
    </>
  );
}

/** The Overview tab: the verdict, what is in scope, how it is linked, and what in the data needs attention. */
export function OverviewView({ projectKey, status }: { projectKey: string; status?: ProjectStatus }) {
  const { state, retry } = useResolver('overview/get', { projectKey }, projectKey);
  const verdict = status ? <Verdict status={status} projectKey={projectKey} /> : null;
  if (state.status === 'loading') return <>{verdict}<LoadingState label={`Loading the overview of ${projectKey}…`} /></>;
  if (state.status === 'error') {
    return (
      <>
      {verdict}
      <ErrorState
        title={`Keel could not load the overview of ${projectKey}`}
        message={state.message}
        advice={errorAdvice(state.code)}
        onRetry={retry}
      />
      </>
    );
  }
  const overview = state.data;
  const { stored } = overview;
  const withheld = stored !== undefined && stored.state !== 'ready';
  return (
    <div className="keel-overview">
      {verdict}
      <OverviewHeader overview={overview} />
      {stored && <StoredAnswerNote stored={stored} what="overview" onCheckAgain={retry} />}
      {withheld ? null : overview.issueCount === 0 ? (
        <EmptyState
          title="No issues in scope"
          message="No issues in scope: check the project's scope JQL in Keel's settings."
        />
      ) : (
        <>
          <ChaseOverview projectKey={overview.project.key} />
          <IssuesByTypeTable rows={overview.byType} />
          <LinksByTypeTable links={overview.linksByType} />
          <FindingsList findings={overview.findings} hiddenLinksChecked={overview.hiddenLinksChecked} />
        </>
      )}
    </div>
  );
}
