import type { Settings } from '@contract';
import { samplingError } from '../../../src/domain/forecast/finish-distribution';
import { errorPoints } from '../forecast/forecast-format';

const shown = (n: number | undefined, digits = 2): string => (n === undefined || Number.isNaN(n) ? '?' : String(Math.round(n * 10 ** digits) / 10 ** digits));

/** "±1.5 percentage points" for a count of iterations; "?" while the box holds no usable count. */
export function iterationsError(iterations: number): string {
  return Number.isFinite(iterations) && iterations > 0 ? errorPoints(samplingError(Math.floor(iterations))) : '?';
}

/**
 * What the draft's forecast settings mean, before saving (issue #15): where each open issue's duration is drawn
 * from, what a 1-5 risk does when it strikes, and how close the chances shown are. The P50, P80 and target chance
 * on a project are in the live preview below the form.
 */
export function ForecastPreview({ settings }: { settings: Settings }) {
  const f = settings.forecast;
  const threePoint = [f.fields.optimistic, f.fields.mostLikely, f.fields.pessimistic].filter((id) => id !== null).length;
  const estimate = settings.durationSource === 'storyPoints' ? 'story points' : settings.durationSource === 'dateSpan' ? 'date span' : 'estimate';
  const risks =
    settings.risks.scale === 'oneToFive'
      ? f.riskProbabilityOfRating.map((p, i) => `rated ${i + 1}: ${shown(p * 100, 0)}% and ${f.fields.scheduleImpactDays === null ? `${shown(f.riskDaysOfImpactRating[i], 1)} days` : 'its days field'}`).join('; ')
      : 'the register rates risks in percent and money: a percent is the probability, and only the days field gives an impact (money has no unit of time)';
  return (
    <div className="keel-resources-preview" aria-label="What these forecast settings mean" data-testid="forecast-preview">
      <ul>
        <li>
          {threePoint === 3
            ? 'Open work with all three estimate fields filled is drawn from its own optimistic, most likely and pessimistic days.'
            : threePoint === 0
              ? 'No three-point fields: durations come from the team’s record or the default spread.'
              : `Only ${threePoint} of the three estimate fields are chosen: choose all three, or none.`}
        </li>
        <li>{`Else, with ${shown(f.calibrationMinIssues, 0)} or more done issues with an estimate and time logged, from how long such work really took against its estimate (per size band, then issue type, then the whole project).`}</li>
        <li>{`Else between ${shown(f.defaultSpread.optimistic)}× and ${shown(f.defaultSpread.pessimistic)}× the duration its ${estimate} gives, most likely that duration (named as an assumption on the Forecast tab).`}</li>
        <li>{`An open risk linked to open work strikes with its probability and adds its days to each linked issue: ${risks}.${f.correlateBy === 'category' ? ' Risks of one category strike together.' : ''}`}</li>
        <li>{`${shown(f.iterations, 0)} simulated plans, seed ${shown(f.seed, 0)}: each chance shown is within ${iterationsError(f.iterations)} (95%).`}</li>
        <li>{f.targetDate === null ? 'No target here: the Forecast tab gives the chance of a date typed there (the status line always measures against the launch date of the Targets section).' : `The Forecast tab gives the chance of finishing by ${f.targetDate} unless another date is typed there.`}</li>
      </ul>
    </div>
  );
}
