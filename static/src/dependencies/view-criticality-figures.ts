/**
 * The criticality figures a large schedule's view received with its answer (schedule/summary, schedule/detail:
 * issue #15), in the shape the map's nodes read (criticality-figures.tsx); null when the answer carried none.
 */
import type { IssueCriticality, ViewForecast } from '@contract';
import type { CriticalityFigures } from '../forecast/criticality-figures';
import { fmt } from '../format/current-format';

export function viewCriticalityFigures(forecast: ViewForecast | undefined, figures: readonly IssueCriticality[]): CriticalityFigures | null {
  if (forecast === undefined) return null;
  const state = forecast.state === 'ready' ? 'ready' : forecast.state === 'computing' ? 'pending' : 'error';
  const message = forecast.state === 'unavailable' ? (forecast.reason ?? 'the forecast is not available') : null;
  return { state, byKey: new Map(figures.map((f) => [f.key, f])), riskDays: new Map(), iterations: forecast.iterations, pending: null, message };
}

/** One line under a map: where its criticality badges come from, or why there are none yet. */
export function criticalityNote(forecast: ViewForecast | undefined, epics = false): string | null {
  if (forecast === undefined) return null;
  if (forecast.state === 'computing') return 'Criticality index: this project\u2019s forecast is being computed in the background; the badges follow once it is stored (see the Forecast tab).';
  if (forecast.state === 'unavailable') return `Criticality index: not available (${forecast.reason ?? 'no forecast'}).`;
  return `CI: the share of the forecast\u2019s ${fmt().number(forecast.iterations)} simulated plans in which the issue was critical${epics ? ' (an epic: its most critical issue)' : ''}${forecast.computedAt === null ? '' : ` (computed ${forecast.computedAt.slice(0, 16).replace('T', ' ')} UTC)`}.`;
}
