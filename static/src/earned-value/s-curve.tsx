import { useId, useState } from 'react';
import type { EvmResult } from '@contract';
import { eacDefinition, type EacVariant } from './eac-variant';
import { formatDate, formatMoney } from './evm-format';
import { S_CURVE_HEIGHT, S_CURVE_WIDTH, SCurveChart } from './s-curve-chart';
import { SCurveTable } from './s-curve-table';
import { CsvButton } from '../exports/csv-button';
import { sCurveCsv } from '../exports/evm-csv';
import { ImageButtons } from '../exports/image-buttons';

const LEGEND = [
  { id: 'pv', label: 'Planned value (PV)' },
  { id: 'ev', label: 'Earned value (EV)' },
  { id: 'ac', label: 'Actual cost (AC)' },
  { id: 'bac', label: 'Budget at completion (BAC)' },
  { id: 'eac', label: 'Estimate at completion (EAC)' },
  { id: 'projection', label: 'EAC projection: actual cost to EAC at the forecast finish' },
  { id: 'today', label: 'Status date' },
] as const;

/** The S-curve with its legend, and the same series as a table on demand. */
export function SCurve({ result, variant }: { result: EvmResult; variant: EacVariant }) {
  const [asTable, setAsTable] = useState(false);
  const regionId = useId();
  const { figures: f, currency } = result;
  const eac = f.eac[variant];
  const money = (v: number) => formatMoney(v, currency);
  const summary =
    `S-curve of ${result.project.key} from ${formatDate(result.projectStart)}: as of ${formatDate(result.asOf)}, ` +
    `planned value ${money(f.pv)}, earned value ${money(f.ev)}, actual cost ${money(f.ac)}; ` +
    `budget at completion ${money(f.bac)}` +
    (eac === null ? '; estimate at completion not defined.' : `, estimate at completion ${money(eac)} (${eacDefinition(variant).formula}).`);
  return (
    <section className="keel-section" aria-labelledby="keel-ev-scurve-title">
      <div className="keel-ev-section-head">
        <h2 id="keel-ev-scurve-title" className="keel-section__title">
          S-curve
        </h2>
        <span className="keel-toolbar__actions">
          <button type="button" className="keel-button keel-button--subtle" aria-controls={regionId} onClick={() => setAsTable((v) => !v)}>
            {asTable ? 'Show as chart' : 'Show as table'}
          </button>{' '}
          <CsvButton csv={() => sCurveCsv(result)} fileName={`keel-${result.project.key}-s-curve.csv`} />{' '}
          <ImageButtons
            svg={() => document.querySelector<SVGSVGElement>(`[id="${regionId}"] svg[data-testid="s-curve"]`)}
            width={S_CURVE_WIDTH}
            height={S_CURVE_HEIGHT}
            title={`S-curve of ${result.project.key}: ${result.project.name}`}
            statusDate={result.asOf}
            fileName={`keel-${result.project.key}-s-curve`}
          />
        </span>
      </div>
      <div id={regionId}>
        {result.series.length === 0 ? (
          <p className="keel-muted">No points to draw: nothing has planned dates in scope.</p>
        ) : asTable ? (
          <SCurveTable result={result} />
        ) : (
          <>
            <ul className="keel-legend keel-ev-legend" aria-label="Legend">
              {LEGEND.filter((l) => (l.id !== 'eac' && l.id !== 'projection') || eac !== null).map((l) => (
                <li key={l.id}>
                  <span className={`keel-ev-swatch keel-ev-swatch--${l.id}`} aria-hidden="true" />
                  {l.label}
                </li>
              ))}
            </ul>
            <SCurveChart result={result} eac={eac} summary={summary} />
          </>
        )}
      </div>
    </section>
  );
}
