import type { ForecastResult } from '@contract';

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** What the forecast rests on: how durations were drawn, the calibration, the risks, and every assumption made. */
export function ForecastBasis({ forecast }: { forecast: ForecastResult }) {
  const { counts, calibration, spread, risksSimulated, threePointMapped } = forecast.basis;
  return (
    <section className="keel-section" aria-labelledby="keel-forecast-basis-title" data-testid="forecast-basis">
      <h2 id="keel-forecast-basis-title" className="keel-section__title">
        What this forecast rests on
      </h2>
      <ul className="keel-forecast-basis">
        <li>{`${plural(counts.fixed, 'issue')} finished or held at fixed dates; ${plural(counts.threePoint + counts.calibrated + counts.defaultSpread, 'open issue')} drawn each iteration.`}</li>
        <li>
          {threePointMapped ? `${plural(counts.threePoint, 'issue')} from their three-point estimates.` : 'No three-point estimate fields are mapped (forecast settings).'}
        </li>
        <li>
          {calibration.groups.length > 0
            ? `${plural(counts.calibrated, 'issue')} from this project's own record: actual over estimated effort of ${plural(calibration.issueCount, 'done issue')} (${calibration.groups
                .map((g) => `${g.label}: ${plural(g.issues, 'issue')}, ${g.meanRatio.toFixed(2)}x on average`)
                .join('; ')}).`
            : `Too few done issues with time logged to calibrate (${calibration.issueCount}).`}
        </li>
        {counts.defaultSpread > 0 && (
          <li data-testid="assumed-spread">{`Assumed: ${plural(counts.defaultSpread, 'issue')} take the default spread, ${spread.optimistic}x to ${spread.pessimistic}x their estimate, the estimate most likely.`}</li>
        )}
        <li>{`${plural(risksSimulated, 'open risk')} from the register strike with their probability.`}</li>
      </ul>
      {forecast.findings.length > 0 && (
        <ul className="keel-forecast-findings" aria-label="What Keel assumed">
          {forecast.findings.map((f) => (
            <li key={f.kind} data-testid="forecast-finding" data-kind={f.kind}>
              <strong>{f.title}</strong>
              {f.issueKeys.length > 0 && ` (${f.issueKeys.slice(0, 20).join(', ')}${f.issueKeys.length > 20 ? `, and ${f.issueKeys.length - 20} more` : ''})`}
              {'. '}
              {f.advice}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
