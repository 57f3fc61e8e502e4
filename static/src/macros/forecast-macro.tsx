import type { MacroForecastResult } from '@contract';
import { CumulativeChart } from '../forecast/cumulative-chart';
import { ForecastHeadline } from '../forecast/forecast-headline';
import { progressText } from '../forecast/forecast-progress';
import '../forecast/forecast.css';
import { MacroHeader } from './macro-header';

/** The forecast macro: the Forecast tab's headline and cumulative curve, or the step a large project's forecast is at. */
export function ForecastMacro({ data, projectKey }: { data: MacroForecastResult; projectKey: string }) {
  const { forecast, pending } = data;
  if (forecast === null) {
    return (
      <section className="keel-macro" data-testid="forecast-macro">
        <p className="keel-state__message" role="status" data-testid="forecast-computing">
          {pending ? progressText(projectKey, pending) : `The forecast of ${projectKey} is not available.`}
        </p>
      </section>
    );
  }
  const scope = { projectKey: forecast.project.key, jql: null, label: `${forecast.project.name} (${forecast.project.key})` };
  return (
    <section className="keel-macro keel-forecast" data-testid="forecast-macro">
      <MacroHeader title="Forecast" scope={scope} asOf={forecast.asOf} />
      <ForecastHeadline forecast={forecast} />
      <CumulativeChart forecast={forecast} />
    </section>
  );
}
