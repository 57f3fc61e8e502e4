import type { ScheduleResult } from '@contract';
import { errorAdvice } from '../api/error-advice';
import { useResolver } from '../api/use-resolver';
import { ErrorState } from '../components/error-state';
import { LoadingState } from '../components/loading-state';
import { DependencyMap } from './dependency-map';

/** One epic of a large schedule, loaded on demand, in the same map (filters, focus, export) as a small project's. */
export function EpicDetail({ schedule, epic }: { schedule: ScheduleResult; epic: string }) {
  const projectKey = schedule.project.key;
  const { state, retry } = useResolver('schedule/detail', { projectKey, filter: { epic } }, `${projectKey}:${epic}`);
  if (state.status === 'loading') return <LoadingState label={`Loading ${epic}…`} />;
  if (state.status === 'error') return <ErrorState title={`Keel could not load ${epic}`} message={state.message} advice={errorAdvice(state.code)} onRetry={retry} />;
  const { nodes, edges, omitted, linksOut } = state.data;
  return (
    <div data-testid="epic-detail">
      <p className="keel-muted keel-note" role="status">
        {`${epic}: ${nodes.length} issues`}
        {omitted > 0 ? ` (the first by early start; ${omitted} more are in the table)` : ''}
        {linksOut > 0 ? `, ${linksOut} links to issues outside it.` : '.'}
      </p>
      <DependencyMap schedule={{ ...schedule, nodes, edges }} embedded />
    </div>
  );
}
