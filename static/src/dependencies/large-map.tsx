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
 * the epics and loads one epic, or one issue's neighbourhood, on demand (`schedule/detail`). The epics come with
 * `schedule/get` when they fit beside its head (issue #11: the map paints without a second call in series);
 * `schedule/summary` is asked at once all the same, for the forecast's criticality badges, and for the epics
 * themselves when `schedule/get` left them out.
 */
export function LargeMap({ schedule }: { schedule: ScheduleResult }) {
  const projectKey = schedule.project.key;
  const [epic, setEpic] = useState<string | null>(null);
  const [focus, setFocus] = useState<string | null>(null);
  // The first answer's: a newer poll of `schedule/get` (a refresh under way) does not redraw the map, as before.
  const [carried] = useState(() => schedule.summary ?? null);
  const pick = (key: string | null) => {
    setFocus(null);
    setEpic(key);
  };
  const { state, retry } = useResolver('schedule/summary', { projectKey }, projectKey);
  const asked = state.status === 'ready' ? state.data : null;
  const summary = carried ?? asked;
  return (
    <section className="keel-section" aria-labelledby="keel-map-title">
      <h2 id="keel-map-title" className="keel-section__title">
        Dependency map
      </h2>
      {summary === null && state.status === 'loading' && <LoadingState label="Loading the epics…" />}
      {state.status === 'error' && (
        <ErrorState title={summary === null ? 'Keel could not load the epics' : 'Keel could not load the epics’ criticality'} message={state.message} advice={errorAdvice(state.code)} onRetry={retry} />
      )}
      {summary !== null && (
        <>
          <EpicPicker picker={summary.picker} epic={epic} onEpic={pick} />
          <LargeFocusForm focus={focus} onFocus={(key) => (setEpic(null), setFocus(key))} />
          {epic === null && focus === null ? <SummaryMap schedule={schedule} summary={summary} figuresFrom={asked} onDrill={pick} /> : <EpicDetail schedule={schedule} epic={epic} focus={focus} />}
        </>
      )}
    </section>
  );
}
