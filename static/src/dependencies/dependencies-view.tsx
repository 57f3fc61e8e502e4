import { useState, type ReactNode } from 'react';
import type { ScheduleResult } from '@contract';
import { useResolver } from '../api/use-resolver';
import { errorAdvice } from '../api/error-advice';
import { EmptyState } from '../components/empty-state';
import { ErrorState } from '../components/error-state';
import { LoadingState } from '../components/loading-state';
import { ChaseTable } from '../chase/chase-table';
import { HiddenWorkContext } from '../hidden-work/hidden-work-context';
import { ScheduleBeingComputed, StoredScheduleNote, StoredScheduleUnavailable } from './background-status';
import { DataQuality } from './data-quality';
import { LargeMap } from './large-map';
import { DatesShownContext } from './dates-shown';
import { LevelledSchedule } from './levelled-schedule';
import { NoDependencies } from './no-dependencies';
import { PagedScheduleTable } from './paged-schedule-table';
import { ScheduleHeadline } from './schedule-headline';
import { ScheduleViews } from './schedule-views';
import { ScheduleTable } from './schedule-table';
import { usePolledSchedule } from './use-polled-schedule';
import { PlanSwitch } from '../resources/plan-switch';
import type { LoadPlan } from '../resources/resources-format';
import { ScenariosPanel } from '../scenarios/scenarios-panel';
import { CriticalityContext, useCriticalityFigures } from '../forecast/criticality-figures';

/** The forecast's criticality for the map and the table of a schedule sent whole (forecast/criticality, asked once). */
function WithCriticality({ projectKey, children }: { projectKey: string; children: ReactNode }) {
  const figures = useCriticalityFigures(projectKey);
  return <CriticalityContext.Provider value={figures}>{children}</CriticalityContext.Provider>;
}

/** The Dependencies tab: headline, dependency map, schedule table and data quality of the project's schedule. */
export function DependenciesView({ projectKey }: { projectKey: string }) {
  const { state, retry } = useResolver('schedule/get', { projectKey }, projectKey);
  const { latest, gaveUp } = usePolledSchedule(projectKey, state.status === 'ready' ? state.data : null);
  const [dates, setDates] = useState<LoadPlan>('cpm');
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
  const schedule = latest ?? state.data;
  const background = schedule.background;
  if (background?.state === 'computing') return <ScheduleBeingComputed projectKey={projectKey} issueCount={background.issueCount} gaveUp={gaveUp} />;
  if (background?.state === 'unavailable') return <StoredScheduleUnavailable title={`Keel cannot show you the schedule of ${projectKey}`} reason={background.reason} />;
  return (
    // The markers on this tab follow its own answer: the same counts as the page's, for this very schedule.
    <HiddenWorkContext.Provider value={schedule.hidden ?? null}>
    <div className="keel-dependencies">
      {background?.state === 'ready' && <StoredScheduleNote background={background} />}
      <ScheduleHeadline schedule={schedule} />
      {schedule.chase && <ChaseTable chase={schedule.chase} />}
      {schedule.large ? (
        // Too large to send at once: the map opens on epics, the table is paged on the server.
        <>
          <LargeMap schedule={schedule} />
          <PagedScheduleTable projectKey={schedule.project.key} />
        </>
      ) : schedule.nodes.length === 0 ? (
        <EmptyState title="No issues in scope" message="No issues in scope: check the project's scope JQL in Keel's settings." />
      ) : (
        <WithCriticality projectKey={schedule.project.key}>
          <PlanSwitch plan={dates} onPlan={setDates} name="keel-dependencies-dates" label="Dates shown" />
          {dates === 'levelled' ? (
            <LevelledSchedule schedule={schedule}>
              {(shown) => (
                // The critical path's dates until levelling answers (LevelledSchedule hands the schedule unchanged).
                <DatesShownContext.Provider value={shown === schedule ? 'cpm' : 'levelled'}>
                  <Views schedule={shown} projectKey={projectKey} scenarios={<ScenariosPanel schedule={schedule} />} />
                </DatesShownContext.Provider>
              )}
            </LevelledSchedule>
          ) : (
            <Views schedule={schedule} projectKey={projectKey} scenarios={<ScenariosPanel schedule={schedule} />} />
          )}
        </WithCriticality>
      )}
      <DataQuality schedule={schedule} />
    </div>
    </HiddenWorkContext.Provider>
  );
}

/** The map or Gantt and the table of one schedule, at CPM or levelled dates; the scenarios (on CPM dates) between them. */
function Views({ schedule, projectKey, scenarios }: { schedule: ScheduleResult; projectKey: string; scenarios: ReactNode }) {
  return (
    <>
      <ScheduleViews schedule={schedule} noDependencies={schedule.edges.length === 0 ? <NoDependencies projectKey={projectKey} /> : null} />
      {scenarios}
      <ScheduleTable nodes={schedule.nodes} projectKey={schedule.project.key} summaries={schedule.summaries ?? []} />
    </>
  );
}
