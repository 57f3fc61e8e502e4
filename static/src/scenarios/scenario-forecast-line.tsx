import type { ScenarioForecastView } from '@contract';

const percent = (share: number): string => `${Math.round(share * 100)}%`;
const signedDays = (days: number): string => (days === 0 ? 'no change' : `${days > 0 ? '+' : ''}${days} working day${Math.abs(days) === 1 ? '' : 's'}`);

/** "62% (live 80%, −18 points)", or why there is no chance to give. */
export function chanceText(side: ScenarioForecastView['live']): string {
  if (side.launch === null) return 'no launch date';
  return side.chance === null ? `launch ${side.launch} has passed` : `${percent(side.chance)} by ${side.launch}`;
}

/**
 * The scenario's Monte Carlo forecast next to the live plan's (issue #17): P50, P80 and the chance by the launch
 * date, with the iterations run and the sampling error they give.
 */
export function ScenarioForecastLine({ forecast }: { forecast: ScenarioForecastView }) {
  const { live, scenario } = forecast;
  const fewer = forecast.iterations < forecast.settingsIterations;
  return (
    <div className="keel-scenario-forecast" data-testid="scenario-forecast">
      <p>
        Forecast: P50 <strong>{scenario.p50}</strong> (live {live.p50}, {signedDays(forecast.p50Days)}) · P80 <strong className={forecast.p80Days > 0 ? 'keel-scenario-diff__later' : forecast.p80Days < 0 ? 'keel-scenario-diff__earlier' : ''}>{scenario.p80}</strong> (live {live.p80}, {signedDays(forecast.p80Days)})
        {' · '}chance: <strong>{chanceText(scenario)}</strong> (live {chanceText(live)}
        {forecast.chanceChange !== null && forecast.chanceChange !== 0 && `, ${forecast.chanceChange > 0 ? '+' : '−'}${Math.round(Math.abs(forecast.chanceChange) * 100)} points`})
      </p>
      <p className="keel-muted">
        {forecast.iterations.toLocaleString('en')} simulated plans each (seed {forecast.seed}, the same draws for both){fewer ? `, fewer than the Forecast tab's ${forecast.settingsIterations.toLocaleString('en')} so the answer comes while you wait` : ''}: any chance is within ±{(forecast.samplingError * 100).toFixed(1)} points.
        {forecast.launchLabel && ` Launch date from ${forecast.launchLabel}.`}
      </p>
    </div>
  );
}
