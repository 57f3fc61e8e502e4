/**
 * A stored forecast's criticality figures as the views look them up (issue #11): from its criticality index
 * (criticality-index.ts) when one was stored for the very forecast text the forecast's record names, else from
 * the whole forecast (one stored before the index, an index not yet written, one this instance parsed already),
 * the same figures either way. An index that cannot be read (just replaced) is given up for the whole forecast;
 * when that is gone too (a newer one flipped in between) the figures are those of none.
 * Only ever asked about keys the caller may answer for: these are the forecast's figures, never cut to a viewer.
 */
import type { AnalysisKvs } from '../adapters/storage/analysis-store';
import { memberKeys, membersHash } from '../adapters/storage/criticality-index';
import { criticalityIndexReader, type CriticalityIndexReader } from '../adapters/storage/criticality-index-reader';
import { loadCriticalityIndexRecord } from '../adapters/storage/criticality-index-store';
import type { StoredViews } from '../adapters/storage/schedule-views-store';
import { loadStoredForecast, loadStoredForecastHead } from '../adapters/storage/stored-forecast';
import type { ForecastCriticality, IssueCriticality, StoredForecast } from '../contract/forecast';
import { derivedOnce } from './derived-once';
import { membersCriticality } from './schedule-views/answers-from-views';

type Members = StoredViews['members'];
type Figure = Pick<IssueCriticality, 'criticality' | 'cruciality'>;

export interface CriticalityFigures {
  iterations: number;
  samplingError: number;
  /** The figures of those of `keys` the forecast draws; `groups`: the summary groups most of them are in (fewer reads). */
  of(keys: readonly string[], groups?: readonly string[]): Promise<ReadonlyMap<string, Figure>>;
  /** The issues and risks among `keys` the forecast names, in its order. */
  among(keys: readonly string[]): Promise<Pick<ForecastCriticality, 'issues' | 'risks'>>;
  /** Every issue and risk the forecast names, in its order. */
  every(): Promise<Pick<ForecastCriticality, 'issues' | 'risks'>>;
  /** Each group's highest criticality over `members` (null: none drawn), as answers-from-views.ts `membersCriticality`. */
  highest(members: Members): Promise<Map<string, number | null>>;
}

export async function loadCriticalityFigures(store: AnalysisKvs, analysisKey: string): Promise<{ generation: string; value: CriticalityFigures } | null> {
  const [head, index] = await Promise.all([loadStoredForecastHead(store, analysisKey), loadCriticalityIndexRecord(store, analysisKey)]);
  if (head === null) return null;
  if (head.warm !== undefined) return { generation: head.generation, value: wholeFigures(head.warm) };
  if (index === null || head.hash === undefined || index.answer !== head.hash) {
    const whole = await loadStoredForecast(store, analysisKey);
    return whole && { generation: whole.generation, value: wholeFigures(whole.value) };
  }
  return { generation: head.generation, value: indexFigures(criticalityIndexReader(store, analysisKey, index), () => loadStoredForecast(store, analysisKey)) };
}

/** The figures of a forecast read whole; its lookups kept with it once it is kept warm (derived-once.ts). */
export function wholeFigures(forecast: Pick<StoredForecast, 'iterations' | 'samplingError' | 'issues' | 'risks'>): CriticalityFigures {
  const byKey = () => derivedOnce(forecast.issues, 'by-key', [], () => new Map(forecast.issues.map((i) => [i.key, i])));
  return {
    iterations: forecast.iterations,
    samplingError: forecast.samplingError,
    of(keys) {
      const all = byKey();
      const found = new Map<string, Figure>();
      for (const key of keys) {
        const issue = all.get(key);
        if (issue) found.set(key, { criticality: issue.criticality, cruciality: issue.cruciality });
      }
      return Promise.resolve(found);
    },
    among(keys) {
      const asked = new Set(keys);
      return Promise.resolve({
        issues: forecast.issues.filter((i) => asked.has(i.key)).map(({ key, criticality, cruciality }) => ({ key, criticality, cruciality })),
        risks: forecast.risks.filter((r) => asked.has(r.key)).map(({ key, daysAddedAtP80, struckShare }) => ({ key, daysAddedAtP80, struckShare })),
      });
    },
    every() {
      return Promise.resolve({
        issues: forecast.issues.map(({ key, criticality, cruciality }) => ({ key, criticality, cruciality })),
        risks: forecast.risks.map(({ key, daysAddedAtP80, struckShare }) => ({ key, daysAddedAtP80, struckShare })),
      });
    },
    highest: (members) => Promise.resolve(membersCriticality(members, byKey())),
  };
}

function indexFigures(reader: CriticalityIndexReader, whole: () => Promise<{ value: StoredForecast } | null>): CriticalityFigures {
  let wholeRead: Promise<CriticalityFigures> | undefined;
  // The index just replaced: the forecast in force, read whole once.
  const fallback = () => (wholeRead ??= whole().then((read) => (read === null ? noFigures(reader) : wholeFigures(read.value))));
  const figures: CriticalityFigures = {
    iterations: reader.iterations,
    samplingError: reader.samplingError,
    async of(keys, groups) {
      return (await reader.figures(keys, groups)) ?? (await fallback()).of(keys, groups);
    },
    async among(keys) {
      const placed = await reader.placed(keys);
      return placed === null ? (await fallback()).among(keys) : unplaced(placed);
    },
    async every() {
      const placed = await reader.every();
      return placed === null ? (await fallback()).every() : unplaced(placed);
    },
    async highest(members) {
      const kept = await reader.highest(members, (m) => derivedOnce(m, 'members-hash', [], () => membersHash(m)));
      if (kept === null) return (await fallback()).highest(members);
      if (kept !== undefined) return kept;
      // An index made over other members (a variant's forecast of an earlier generation): each member looked up.
      const keys = members.flatMap(memberKeys);
      return membersCriticality(members, await figures.of(keys, members.map((m) => m.group)));
    },
  };
  return figures;
}

/** Figures from the index without their places. */
function unplaced(placed: NonNullable<Awaited<ReturnType<CriticalityIndexReader['placed']>>>): Pick<ForecastCriticality, 'issues' | 'risks'> {
  return {
    issues: placed.issues.map(({ key, criticality, cruciality }) => ({ key, criticality, cruciality })),
    risks: placed.risks.map(({ key, daysAddedAtP80, struckShare }) => ({ key, daysAddedAtP80, struckShare })),
  };
}

/** No figure of any key: a forecast replaced twice while it was read. */
function noFigures(of: Pick<CriticalityFigures, 'iterations' | 'samplingError'>): CriticalityFigures {
  return {
    iterations: of.iterations,
    samplingError: of.samplingError,
    of: () => Promise.resolve(new Map()),
    among: () => Promise.resolve({ issues: [], risks: [] }),
    every: () => Promise.resolve({ issues: [], risks: [] }),
    highest: (members) => Promise.resolve(new Map(members.map((m) => [m.group, null]))),
  };
}
