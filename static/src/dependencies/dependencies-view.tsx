import { useResolver } from '../api/use-resolver';
import { errorAdvice } from '../api/error-advice';
import { EmptyState } from '../components/empty-state';
import { ErrorState } from '../components/error-state';
import { LoadingState } from '../components/loading-state';
import { DataQuality } from './data-quality';
import { DependencyMap } from './dependency-map';
import { NoDependencies } from './no-dependencies';
import { ScheduleHeadline } from './schedule-headline';
import { ScheduleTable } from './schedule-table';

/** The Dependencies tab: headline, dependency map, schedule table and data quality of the project's schedule. */
export function DependenciesView({ projectKey }: { projectKey: string }) {
  const { state, retry } = useResolver('schedule/get', { projectKey }, projectKey);
  if (state.status === 'loading') return <LoadingState label={`Computing the schedule of ${projectKey}…`} />;
  if (state.status === 'error') {
    return (
      <ErrorState
        title={`Keel could not compute the schedule of ${projectKey}`}
        message={state.message}
        advice={errorAdvice(state.code)}
        onRetry={retry}
      />
    );
  }
  const schedule = state.data;
  return (
    <div className="keel-dependencies">
      <ScheduleHeadline schedule={schedule} />
      {schedule.nodes.length === 0 ? (
        <EmptyState title="No issues in scope" message="No issues in scope: check the project's scope JQL in Keel's settings." />
      ) : schedule.edges.length === 0 ? (
        <NoDependencies projectKey={projectKey} />
      ) : (
        <DependencyMap schedule={schedule} />
      )}
      {schedule.nodes.length > 0 && <ScheduleTable nodes={schedule.nodes} projectKey={schedule.project.key} />}
      <DataQuality schedule={schedule} />
    </div>
  );
}
