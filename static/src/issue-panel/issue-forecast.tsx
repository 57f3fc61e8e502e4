import { useResolver } from '../api/use-resolver';
import { fmt } from '../format/current-format';
import { errorPoints, percent } from '../forecast/forecast-format';
import { progressText } from '../forecast/forecast-progress';

/** The issue's place in the forecast (`forecast/issue`): its criticality index and cruciality, or why there is none. */
export function IssueForecast({ issueKey }: { issueKey: string }) {
  const { state } = useResolver('forecast/issue', { issueKey }, issueKey);
  const body = (() => {
    if (state.status === 'loading') return <p className="keel-muted">Simulating the schedule…</p>;
    if (state.status === 'error') return <p className="keel-muted">{`The forecast could not be computed: ${state.message}`}</p>;
    const { criticality, iterations, samplingError, pending } = state.data;
    const project = issueKey.slice(0, issueKey.lastIndexOf('-'));
    if (pending) return <p className="keel-muted">{progressText(project, pending)}</p>;
    if (criticality === null) return <p className="keel-muted">{`${issueKey} is not drawn by the forecast: it is done, held at fixed dates, or not scheduled work.`}</p>;
    return (
      <dl className="keel-issue-forecast" data-testid="issue-criticality">
        <dt>Criticality index</dt>
        <dd data-value={criticality.criticality}>{`${percent(criticality.criticality)} (critical in ${percent(criticality.criticality)} of ${fmt().number(iterations)} simulated plans, ${errorPoints(samplingError)})`}</dd>
        <dt>Cruciality</dt>
        <dd data-value={criticality.cruciality}>{`${criticality.cruciality.toFixed(2)} (how closely its duration moves the finish: 1 in step, 0 not at all)`}</dd>
      </dl>
    );
  })();
  return (
    <section className="keel-section" aria-labelledby="keel-issue-forecast-title">
      <h2 id="keel-issue-forecast-title" className="keel-section__title">
        Forecast
      </h2>
      {body}
    </section>
  );
}
