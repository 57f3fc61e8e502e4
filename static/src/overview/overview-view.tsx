import { useResolver } from '../api/use-resolver';
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

/** The Overview tab: what is in scope, how it is linked, and what in the data needs attention. */
export function OverviewView({ projectKey }: { projectKey: string }) {
  const { state, retry } = useResolver('overview/get', { projectKey }, projectKey);
  if (state.status === 'loading') return <LoadingState label={`Loading the overview of ${projectKey}…`} />;
  if (state.status === 'error') {
    return (
      <ErrorState
        title={`Keel could not load the overview of ${projectKey}`}
        message={state.message}
        advice={errorAdvice(state.code)}
        onRetry={retry}
      />
    );
  }
  const overview = state.data;
  const { stored } = overview;
  const withheld = stored !== undefined && stored.state !== 'ready';
  return (
    <div className="keel-overview">
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
