import { useState } from 'react';
import { errorAdvice } from '../api/error-advice';
import { useResolver } from '../api/use-resolver';
import { ErrorState } from '../components/error-state';
import { LoadingState } from '../components/loading-state';
import { CumulativeChart } from './cumulative-chart';
import { FinishHistogram } from './finish-histogram';
import { ForecastBasis } from './forecast-basis';
import { ForecastDrivers } from './forecast-drivers';
import { ForecastHeadline } from './forecast-headline';
import { ForecastBeingComputed, StoredForecastNote, usePolledForecast } from './forecast-progress';
import './forecast.css';

/** The Forecast tab: the chance of finishing by a date, from the network, the team's own record and the risks. */
export function ForecastView({ projectKey }: { projectKey: string }) {
  const [target, setTarget] = useState('');
  const [asked, setAsked] = useState<string | undefined>(undefined);
  const payload = asked === undefined ? { projectKey } : { projectKey, targetDate: asked };
  const { state, retry } = useResolver('forecast/get', payload, `${projectKey} ${asked ?? ''}`);
  const polled = usePolledForecast(projectKey, asked, state.status === 'ready' ? state.data : null);
  const form = (
    <form
      className="keel-forecast-target"
      onSubmit={(event) => {
        event.preventDefault();
        setAsked(target === '' ? undefined : target);
      }}
    >
      <label htmlFor="keel-forecast-target-date">Target date</label>
      <input id="keel-forecast-target-date" type="date" value={target} onChange={(event) => setTarget(event.target.value)} />
      <button type="submit" className="keel-button">
        Forecast
      </button>
    </form>
  );
  if (state.status === 'loading') return (<div className="keel-forecast">{form}<LoadingState label={`Simulating the schedule of ${projectKey}…`} /></div>);
  if (state.status === 'error') {
    return (
      <div className="keel-forecast">
        {form}
        <ErrorState title={`Keel could not forecast ${projectKey}`} message={state.message} advice={errorAdvice(state.code)} onRetry={retry} />
      </div>
    );
  }
  const forecast = polled.latest ?? state.data;
  if ('pending' in forecast) {
    return (
      <div className="keel-forecast">
        <ForecastBeingComputed projectKey={projectKey} pending={forecast.pending} gaveUp={polled.gaveUp} />
      </div>
    );
  }
  return (
    <div className="keel-forecast">
      <header className="keel-overview__header">
        <h1 className="keel-heading">{`Forecast of ${forecast.project.name} (${forecast.project.key})`}</h1>
        <p className="keel-muted">{`As of ${forecast.asOf}; ${forecast.iterations.toLocaleString('en')} simulated plans (seed ${forecast.seed}), each the critical path with its own durations and risks.`}</p>
      </header>
      {forecast.stored && <StoredForecastNote stored={forecast.stored} />}
      {form}
      <ForecastHeadline forecast={forecast} />
      <section className="keel-section" aria-labelledby="keel-forecast-curve-title">
        <h2 id="keel-forecast-curve-title" className="keel-section__title">
          Chance of finishing by each date
        </h2>
        <CumulativeChart forecast={forecast} />
        <FinishHistogram forecast={forecast} />
      </section>
      <section className="keel-section" aria-labelledby="keel-forecast-drivers-title">
        <h2 id="keel-forecast-drivers-title" className="keel-section__title">
          What drives the finish
        </h2>
        <ForecastDrivers forecast={forecast} />
      </section>
      <ForecastBasis forecast={forecast} />
    </div>
  );
}
