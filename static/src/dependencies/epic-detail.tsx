import type { ScheduleResult } from '@contract';
import { errorAdvice } from '../api/error-advice';
import { useResolver } from '../api/use-resolver';
import { ErrorState } from '../components/error-state';
import { LoadingState } from '../components/loading-state';
import { DependencyMap } from './dependency-map';
import { CriticalityContext } from '../forecast/criticality-figures';
import { criticalityNote, viewCriticalityFigures } from './view-criticality-figures';

/**
 * Part of a large schedule loaded on demand, one epic (`epic`) or one issue's upstream and downstream (`focus`),
 * in the same map (filters, focus, export) as a small project's.
 */
export function EpicDetail({ schedule, epic, focus }: { schedule: ScheduleResult; epic: string | null; focus: string | null }) {
  const projectKey = schedule.project.key;
  const payload = { projectKey, filter: epic === null ? {} : { epic }, ...(focus === null ? {} : { focus }) };
  const { state, retry } = useResolver('schedule/detail', payload, JSON.stringify(payload));
  const what = focus === null ? (epic ?? projectKey) : `${focus} and its upstream and downstream`;
  if (state.status === 'loading') return <LoadingState label={`Loading ${what}…`} />;
  if (state.status === 'error') return <ErrorState title={`Keel could not load ${what}`} message={state.message} advice={errorAdvice(state.code)} onRetry={retry} />;
  const { nodes, edges, omitted, linksOut, forecast, criticality } = state.data;
  const note = criticalityNote(forecast);
  return (
    <div data-testid="epic-detail">
      <p className="keel-muted keel-note" role="status">
        {`${focus === null ? (epic ?? projectKey) : what}: ${nodes.length} issues`}
        {omitted > 0 ? ` (the first by early start; ${omitted} more are in the table)` : ''}
        {linksOut > 0 ? `, ${linksOut} links to issues outside it.` : '.'}
      </p>
      {note && <p className="keel-muted keel-note" data-testid="criticality-note">{note}</p>}
      <CriticalityContext.Provider value={viewCriticalityFigures(forecast, criticality ?? [])}>
        <DependencyMap schedule={{ ...schedule, nodes, edges }} embedded />
      </CriticalityContext.Provider>
    </div>
  );
}
