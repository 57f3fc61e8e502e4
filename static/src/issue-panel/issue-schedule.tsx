import type { IssueScheduleResult } from '@contract';
import { EmptyState } from '../components/empty-state';
import { CycleWarning } from './cycle-warning';
import { DrivingChain } from './driving-chain';
import { HiddenLinksNote } from './hidden-links-note';
import { NeighbourList } from './neighbour-list';
import { ScheduleStatus } from './schedule-status';
import { TroubledPredecessors } from './troubled-predecessors';

type IssueSchedule = NonNullable<IssueScheduleResult['schedule']>;

/**
 * The issue's place in its project's schedule: status, warnings, what drives it, and its neighbours. `stored`:
 * read from the analysis the app computed in the background, whose dates allow for work the viewer cannot see
 * (not so when links were left out of the viewer's schedule: issue #11).
 */
export function IssueSchedule({ schedule, stored = false }: { schedule: IssueSchedule; stored?: boolean }) {
  const { node, predecessors, successors } = schedule;
  const linked = predecessors.length > 0 || successors.length > 0;
  return (
    <>
      {schedule.inCycle && <CycleWarning issueKey={node.key} />}
      {schedule.hiddenLinks !== null && schedule.hiddenLinks > 0 && <HiddenLinksNote count={schedule.hiddenLinks} datesAllowForThem={stored} />}
      <ScheduleStatus node={node} project={schedule.project} projectFinish={schedule.projectFinish} />
      {linked ? (
        <>
          {/* Done work can no longer be held up by its predecessors. */}
          {!node.fixed && <TroubledPredecessors troubled={schedule.troubledPredecessors} />}
          <DrivingChain node={node} chain={schedule.drivingChain} />
          <NeighbourList neighbours={predecessors} direction="predecessors" />
          <NeighbourList neighbours={successors} direction="successors" />
        </>
      ) : (
        <EmptyState title="No dependencies" message="No dependencies: this issue has no mapped links." />
      )}
    </>
  );
}
