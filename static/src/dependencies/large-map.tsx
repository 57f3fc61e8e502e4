import { useState } from 'react';
import type { ScheduleResult } from '@contract';
import { errorAdvice } from '../api/error-advice';
import { useResolver } from '../api/use-resolver';
import { ErrorState } from '../components/error-state';
import { LoadingState } from '../components/loading-state';
import { EpicPicker } from './epic-picker';
import { EpicDetail } from './epic-detail';
import { LargeFocusForm } from './large-focus-form';
import { SummaryMap } from './summary-map';

/**
 * The dependency map of a schedule too large to send at once (`schedule/get` answered `large`): it opens on
 * the epics (`schedule/summary`) and loads one epic, or one issue's neighbourhood, on demand (`schedule/detail`).
 */
export function LargeMap({ schedule }: { schedule: ScheduleResult }) {
  const projectKey = schedule.project.key;
  const [epic, setEpic] = useState<string | null>(null);
  const [focus, setFocus] = useState<string | null>(null);
  const pick = (key: string | null) => {
    setFocus(null);
    setEpic(key);
  };
  const { state, retry } = useResolver('schedule/summary', { projectKey }, projectKey);
  return (
    <section className="keel-section" aria-labelledby="keel-map-title">
      <h2 id="keel-map-title" className="keel-section__title">
        Dependency map
      </h2>
      {state.status === 'loading' && <LoadingState label="Loading the epics…" />}
      {state.status === 'error' && <ErrorState title="Keel could not load the epics" message={state.message} advice={errorAdvice(state.code)} onRetry={retry} />}
      {state.status === 'ready' && (
        <>
          <EpicPicker picker={state.data.picker} epic={epic} onEpic={pick} />
          <LargeFocusForm focus={focus} onFocus={(key) => (setEpic(null), setFocus(key))} />
          {epic === null && focus === null ? <SummaryMap schedule={schedule} summary={state.data} onDrill={pick} /> : <EpicDetail schedule={schedule} epic={epic} focus={focus} />}
        </>
      )}
    </section>
  );
}
