import { errorAdvice } from '../api/error-advice';
import { useResolver } from '../api/use-resolver';
import { EmptyState } from '../components/empty-state';
import { ErrorState } from '../components/error-state';
import { LoadingState } from '../components/loading-state';
import { PublishPanel } from '../publish/publish-panel';
import { DecisionFindings } from './decision-findings';
import { DecisionTable } from './decision-table';
import { CsvButton } from '../exports/csv-button';
import { decisionCsv } from '../exports/decision-csv';
import { fmt } from '../format/current-format';
import { decisionsLeftOut } from '../../../src/domain/decisions/decisions-left-out';
import { RecordDecisionEntry } from './record-decision-entry';
import { useRecordedDecision } from './use-recorded-decision';
import { HiddenMarker } from '../hidden-work/hidden-marker';

/** The Decisions tab: publishing, recording a decision, the findings and the log newest first. */
export function DecisionsView({ projectKey }: { projectKey: string }) {
  const { state, retry } = useResolver('decisions/get', { projectKey }, projectKey);
  const { recorded, pageNote, onRecorded } = useRecordedDecision(projectKey, retry);
  if (state.status === 'loading') return <LoadingState label={`Loading the decision log of ${projectKey}…`} />;
  if (state.status === 'error') {
    return <ErrorState title={`Keel could not load the decision log of ${projectKey}`} message={state.message} advice={errorAdvice(state.code)} onRetry={retry} />;
  }
  const log = state.data;
  return (
    <div className="keel-decisions">
      <header className="keel-overview__header">
        <h1 className="keel-heading">{`Decision log of ${log.scope.label}`}</h1>
        <p className="keel-muted">
          {`${log.decisions.length} decisions (issues of type ${log.decisionIssueType}), newest first.`}
          <HiddenMarker what="the decision count" changedBy="issues" />
        </p>
      </header>
      {/* Slot: the "Publish to Confluence" panel (static/src/publish). */}
      <PublishPanel projectKey={projectKey} artefact="decisions" />
      <RecordDecisionEntry projectKey={projectKey} recorded={recorded} pageNote={pageNote} onRecorded={onRecorded} />
      {log.truncatedAt !== null && <p className="keel-note" data-testid="decisions-left-out">{decisionsLeftOut(log.truncatedAt, fmt().number)}</p>}
      <DecisionFindings findings={log.findings} />
      {log.decisions.length === 0 ? (
        <EmptyState title="No decisions yet" message={`No issues of type ${log.decisionIssueType} in this project. Record one above, or map your decision type in Keel's settings.`} />
      ) : (
        <>
          <p className="keel-note">
            <CsvButton csv={() => decisionCsv(log.decisions)} fileName={`keel-${projectKey}-decisions.csv`} />
          </p>
          <DecisionTable decisions={log.decisions} />
        </>
      )}
    </div>
  );
}
