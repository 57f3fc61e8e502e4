import type { ResourcesResult } from '@contract';
import { longDate } from '../forecast/forecast-format';
import { daysText } from './resources-format';

/** The levelled finish next to the CPM finish, and how the levelling was done (method, seed, options). */
export function ResourcesHeadline({ resources }: { resources: ResourcesResult }) {
  const { cpmFinish, levelledFinish, finishDelayDays, options } = resources;
  const lead =
    finishDelayDays > 0
      ? `Levelled, ${resources.project.key} finishes on ${longDate(levelledFinish)}: ${daysText(finishDelayDays)} after the critical path's ${longDate(cpmFinish)}.`
      : `Levelled, the finish stays on ${longDate(levelledFinish)}, the critical path's date.`;
  const how = [
    options.withinSlack ? 'within slack only (the finish may not move; work that would move it stays over-allocated)' : 'beyond slack where needed',
    options.priorityOrder === 'jira-priority' ? 'Jira priority, then rank, then slack first' : 'least slack first',
    options.ignorePools ? 'pools ignored' : null,
  ].filter((x): x is string => x !== null);
  return (
    <section aria-label="Levelled finish" data-testid="resources-headline">
      <p className="keel-forecast-headline__lead">{lead}</p>
      <p className="keel-muted">
        {`${resources.overAllocatedCells} person-weeks are over-allocated in the critical-path plan; ${resources.levelledOverAllocatedCells} once levelled${resources.levelledOverAllocatedCells > 0 ? ' (work under way stays where it is, and within slack nothing passes its late finish)' : ''}. `}
        {`Levelled ${how.join(', ')}; ${resources.method === 'search' ? `best of ${resources.schedules.toLocaleString('en')} schedules` : 'one pass'} (seed ${resources.seed}).`}
      </p>
    </section>
  );
}
