import type { ForecastResult } from '@contract';
import { HiddenMarker } from '../hidden-work/hidden-marker';
import { errorPoints, longDate, percent } from './forecast-format';

/** "63% chance to finish by 1 March 2027 (the target); 80% by 14 March 2027", with the sampling error. */
export function ForecastHeadline({ forecast }: { forecast: ForecastResult }) {
  const { target, percentiles, cpmFinishDate, cpmLikelihood, iterations, samplingError, p80Range } = forecast;
  const lead = target
    ? `${percent(target.probability)} chance to finish by ${longDate(target.date)} (${target.source === 'asked' ? 'the date you chose' : 'the target in the settings'})`
    : `50% chance to finish by ${longDate(percentiles.p50)}`;
  return (
    <section className="keel-forecast-headline" aria-label="Forecast headline" data-testid="forecast-headline">
      <p className="keel-forecast-headline__lead">
        {`${lead}; 80% by ${longDate(percentiles.p80)}.`}
        <HiddenMarker what="the forecast" />
      </p>
      <p className="keel-muted">
        {`The critical path alone says ${longDate(cpmFinishDate)}: ${percent(cpmLikelihood)} of the ${iterations.toLocaleString('en')} simulated plans finish by then. `}
        {`P10 ${longDate(percentiles.p10)}, P50 ${longDate(percentiles.p50)}, P90 ${longDate(percentiles.p90)}; mean ${longDate(forecast.meanDate)}.`}
      </p>
      <p className="keel-muted" data-testid="forecast-error">
        {`Each chance shown is within ${errorPoints(samplingError)} (95% confidence, ${iterations.toLocaleString('en')} iterations); the P80 date lies between ${longDate(p80Range.from)} and ${longDate(p80Range.to)}.`}
      </p>
    </section>
  );
}
