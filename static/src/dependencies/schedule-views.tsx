import { useState, type ReactNode } from 'react';
import type { ScheduleResult } from '@contract';
import { GanttView } from '../gantt/gantt-view';
import { useRemembered } from '../gantt/use-remembered';
import { DependencyMap } from './dependency-map';
import { NO_FILTER, type GraphFilter } from './graph-filter';
import { openIssue } from './open-issue';

type ScheduleViewKind = 'map' | 'gantt';
const VIEWS: readonly ScheduleViewKind[] = ['map', 'gantt'];

/**
 * The schedule as a dependency map or as a Gantt, side by side as two views of one answer; the choice is
 * remembered, and the filters and focus are the same in both.
 */
export function ScheduleViews({ schedule, noDependencies }: { schedule: ScheduleResult; noDependencies: ReactNode }) {
  const [view, setView] = useRemembered<ScheduleViewKind>('keel:dependencies:view', VIEWS, 'map');
  const filterState = useState<GraphFilter>(NO_FILTER);
  return (
    <section className="keel-section" aria-labelledby="keel-map-title">
      <h2 id="keel-map-title" className="keel-section__title">
        {view === 'map' ? 'Dependency map' : 'Gantt'}
      </h2>
      <div role="radiogroup" aria-label="Show the schedule as" className="keel-view-switch">
        {VIEWS.map((v) => (
          <button key={v} type="button" role="radio" aria-checked={view === v} data-view={v} className={`keel-button keel-button--subtle${view === v ? ' keel-button--selected' : ''}`} onClick={() => setView(v)}>
            {v === 'map' ? 'Network map' : 'Gantt'}
          </button>
        ))}
      </div>
      {view === 'gantt' ? <GanttView schedule={schedule} onOpen={openIssue} filterState={filterState} /> : (noDependencies ?? <DependencyMap schedule={schedule} embedded filterState={filterState} />)}
    </section>
  );
}
