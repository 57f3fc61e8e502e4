import { errorAdvice } from '../api/error-advice';
import { useResolver } from '../api/use-resolver';
import { ErrorState } from '../components/error-state';
import { LoadingState } from '../components/loading-state';
import { IssueLevelling } from './issue-levelling';
import { IssueRisks } from './issue-risks';
import { IssueDecisions } from '../decisions/issue-decisions';
import { IssueForecast } from './issue-forecast';
import { IssueSchedule } from './issue-schedule';
import { NotScheduled } from './not-scheduled';
import { SummaryTaskPlace } from './summary-task-place';
import { IssueScheduleBeingComputed, StoredIssueScheduleNote } from './stored-schedule-status';
import { usePolledIssueSchedule } from './use-polled-issue-schedule';
import { StoredScheduleUnavailable } from '../dependencies/background-status';

/** Loading, error, "not on a schedule" or the schedule itself. */
function PanelContent({ issueKey }: { issueKey: string }) {
  const { state, retry } = useResolver('schedule/issue', { issueKey }, issueKey);
  const { latest, gaveUp } = usePolledIssueSchedule(issueKey, state.status === 'ready' ? state.data : null);
  if (state.status === 'loading') return <LoadingState label={`Loading the schedule of ${issueKey}…`} />;
  if (state.status === 'error') {
    return (
      <ErrorState
        title={`Keel could not load the schedule of ${issueKey}`}
        message={state.message}
        advice={errorAdvice(state.code)}
        onRetry={retry}
      />
    );
  }
  const { schedule, message, background, summaryTask } = latest ?? state.data;
  if (background?.state === 'computing') return <IssueScheduleBeingComputed issueKey={issueKey} message={message} gaveUp={gaveUp} />;
  if (background?.state === 'unavailable') return <StoredScheduleUnavailable title={`Keel cannot show you the schedule around ${issueKey}`} reason={background.reason} />;
  const stored = background?.state === 'ready' ? <StoredIssueScheduleNote background={background} /> : null;
  // A stored schedule allows for the work behind hidden links, unless some were left out of the viewer's (issue #11).
  const datesAllow = background?.state === 'ready' && background.leftOutLinks === undefined;
  if (schedule === null && summaryTask) {
    return (
      <>
        {stored}
        <SummaryTaskPlace place={summaryTask} stored={datesAllow} />
      </>
    );
  }
  if (schedule === null) {
    return (
      <>
        {stored}
        <NotScheduled issueKey={issueKey} message={message} />
      </>
    );
  }
  return (
    <>
      {stored}
      <IssueSchedule schedule={schedule} stored={datesAllow} />
    </>
  );
}

/** The Keel issue panel: the schedule of the issue it is shown on (`schedule/issue`), its risks (`risks/issue`) and decisions (`decisions/get`). */
export function IssuePanel({ issueKey }: { issueKey: string }) {
  return (
    <main className="keel-issue-panel" aria-label={`Keel: dependencies and schedule of ${issueKey}`} data-testid="keel-issue-panel">
      <PanelContent issueKey={issueKey} />
      <IssueLevelling issueKey={issueKey} />
      <IssueForecast issueKey={issueKey} />
      <IssueRisks issueKey={issueKey} />
      <IssueDecisions issueKey={issueKey} />
    </main>
  );
}
