import type { ReactNode } from 'react';
import type { ScheduleResult } from '@contract';
import { useResolver } from '../api/use-resolver';
import { withLevelledDates } from './levelled-dates';

/**
 * The Dependencies tab's views at levelled dates: levels the project over its people (`resources/get`) and hands
 * the schedule, moved to the levelled dates, to `children`; while it levels, or if it cannot, says so above the
 * critical-path dates.
 */
export function LevelledSchedule({ schedule, children }: { schedule: ScheduleResult; children: (schedule: ScheduleResult) => ReactNode }) {
  const projectKey = schedule.project.key;
  const { state, retry } = useResolver('resources/get', { projectKey }, projectKey);
  if (state.status === 'ready') {
    const { levelledFinish, cpmFinish, movedCount } = state.data;
    return (
      <>
        <p className="keel-note" data-testid="levelled-dates-note">{`Levelled dates: ${movedCount} issues moved so nobody is asked for more than they have; finish ${levelledFinish} (critical path ${cpmFinish}). Slack and critical flags are the critical path's.`}</p>
        {children(withLevelledDates(schedule, state.data.issues))}
      </>
    );
  }
  return (
    <>
      <p className="keel-note" role={state.status === 'error' ? 'alert' : undefined}>
        {state.status === 'loading' ? 'Levelling over people… critical-path dates until then.' : `No levelled dates: ${state.message} Critical-path dates are shown. `}
        {state.status === 'error' && (
          <button type="button" className="keel-link-button" onClick={retry}>
            Try again
          </button>
        )}
      </p>
      {children(schedule)}
    </>
  );
}
