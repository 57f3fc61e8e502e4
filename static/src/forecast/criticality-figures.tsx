import { createContext, useContext, useMemo } from 'react';
import type { ForecastProgress, IssueCriticality } from '@contract';
import { useResolver } from '../api/use-resolver';
import { fmt } from '../format/current-format';
import { percent } from './forecast-format';

/** The forecast's criticality of the issues a view shows (forecast/criticality), or why there is none yet. */
export interface CriticalityFigures {
  state: 'loading' | 'ready' | 'pending' | 'error';
  byKey: ReadonlyMap<string, IssueCriticality>;
  /** Risk key -> working days it adds at P80 (null: not measured). */
  riskDays: ReadonlyMap<string, number | null>;
  iterations: number;
  pending: ForecastProgress | null;
  message: string | null;
}

const EMPTY: CriticalityFigures = { state: 'loading', byKey: new Map(), riskDays: new Map(), iterations: 0, pending: null, message: null };

/** Figures for `keys` (a page of a large table), else for every open issue and measured risk of a small project. */
export function useCriticalityFigures(projectKey: string, keys?: readonly string[]): CriticalityFigures {
  const payload = keys === undefined ? { projectKey } : { projectKey, keys: [...keys] };
  const { state } = useResolver('forecast/criticality', payload, `${projectKey} ${keys?.join(',') ?? '*'}`);
  return useMemo(() => {
    if (state.status === 'loading') return EMPTY;
    if (state.status === 'error') return { ...EMPTY, state: 'error', message: state.message };
    const { data } = state;
    return {
      state: data.pending ? 'pending' : 'ready',
      byKey: new Map(data.issues.map((i) => [i.key, i])),
      riskDays: new Map(data.risks.map((r) => [r.key, r.daysAddedAtP80])),
      iterations: data.iterations,
      pending: data.pending,
      message: null,
    };
  }, [state]);
}

/** Given to the map and the table of the Dependencies tab; null where no view asked for the figures. */
export const CriticalityContext = createContext<CriticalityFigures | null>(null);

export function useCriticalityContext(): CriticalityFigures | null {
  return useContext(CriticalityContext);
}

/** The cell: "83%" for a forecast issue, "–" for one the forecast does not draw (done, fixed, outside), "…" while asked, "computing" while a large project's is. */
export function criticalityCell(figures: CriticalityFigures, key: string): { text: string; title: string } {
  if (figures.state === 'loading') return { text: '…', title: 'Simulating the schedule…' };
  if (figures.state === 'error') return { text: '?', title: `The forecast failed: ${figures.message ?? ''}` };
  if (figures.state === 'pending') return { text: 'computing', title: 'No forecast is stored yet: this large project\'s forecast is being computed in the background (see the Forecast tab).' };
  const value = figures.byKey.get(key);
  if (!value) return { text: '–', title: 'Not drawn by the forecast: done, at fixed dates, or outside the scope.' };
  return {
    text: percent(value.criticality),
    title: `Critical in ${percent(value.criticality)} of ${fmt().number(figures.iterations)} simulated plans; cruciality ${value.cruciality.toFixed(2)} (correlation of its duration with the finish).`,
  };
}
