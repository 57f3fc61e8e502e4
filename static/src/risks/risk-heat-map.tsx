import type { HeatMap } from '@contract';
import type { HeatCell } from './risk-filter';
import { BAND_LABEL, scoreBand, type ScoreBand } from './score-band';
import { useRef } from 'react';
import { ImageButtons } from '../exports/image-buttons';
import { HEAT_SVG_HEIGHT, HEAT_SVG_WIDTH, heatMapSvg } from './heat-map-svg';

interface RiskHeatMapProps {
  maps: { inherent: HeatMap; residual: HeatMap };
  which: HeatCell['which'];
  onWhich: (which: HeatCell['which']) => void;
  selected: HeatCell | null;
  onSelect: (cell: HeatCell) => void;
  /** False on the percent-and-money scale, where ratings do not sit on a 5x5 grid. */
  onGrid: boolean;
  /** For the image export's heading and file name. */
  exportAs?: { projectKey: string; projectName: string; statusDate: string };
}

const RATINGS = [1, 2, 3, 4, 5] as const;
const BANDS: readonly ScoreBand[] = ['low', 'medium', 'high', 'extreme'];
const risksWord = (n: number) => (n === 1 ? '1 risk' : `${n} risks`);

/** The 5x5 heat map of open risks (probability rows, highest on top; impact columns); a cell filters the register. */
export function RiskHeatMap({ maps, which, onWhich, selected, onSelect, onGrid, exportAs }: RiskHeatMapProps) {
  const map = maps[which];
  const tableRef = useRef<HTMLTableElement>(null);
  return (
    <section className="keel-section keel-heat" aria-labelledby="keel-heat-title" data-testid="heat-map">
      <h2 id="keel-heat-title" className="keel-section__title">
        Heat map
      </h2>
      <div role="radiogroup" aria-label="Scores shown" className="keel-segmented keel-heat__switch">
        {(['inherent', 'residual'] as const).map((value) => (
          <label key={value} className="keel-check">
            <input type="radio" name="keel-heat-which" value={value} checked={which === value} onChange={() => onWhich(value)} />
            {value === 'inherent' ? 'Inherent' : 'Residual'}
          </label>
        ))}
      </div>
      {exportAs && (
        <div className="keel-heat__export">
          <ImageButtons
            svg={() => heatMapSvg(tableRef.current)}
            width={HEAT_SVG_WIDTH}
            height={HEAT_SVG_HEIGHT}
            title={`Heat map of ${exportAs.projectKey}: ${exportAs.projectName} (${which} open risks)`}
            statusDate={exportAs.statusDate}
            fileName={`keel-${exportAs.projectKey}-heat-map-${which}`}
          />
        </div>
      )}
      <table ref={tableRef} className="keel-heat__grid" data-which={which}>
        <caption className="keel-visually-hidden">{`Open risks by ${which} probability (rows) and impact (columns)`}</caption>
        <thead>
          <tr>
            <th scope="col" className="keel-heat__corner">
              <span aria-hidden="true">P \ I</span>
              <span className="keel-visually-hidden">Probability by impact</span>
            </th>
            {RATINGS.map((i) => (
              <th key={i} scope="col">{`Impact ${i}`}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...RATINGS].reverse().map((p) => (
            <tr key={p}>
              <th scope="row">{`Probability ${p}`}</th>
              {RATINGS.map((i) => {
                const count = map.cells[p - 1]?.[i - 1] ?? 0;
                const pressed = selected?.which === which && selected.probability === p && selected.impact === i;
                return (
                  <td key={i}>
                    <button
                      type="button"
                      className={`keel-heat__cell keel-heat__cell--${scoreBand(p, i)}${count === 0 ? ' keel-heat__cell--empty' : ''}`}
                      aria-label={`Probability ${p}, impact ${i}: ${risksWord(count)}`}
                      aria-pressed={pressed}
                      data-probability={p}
                      data-impact={i}
                      onClick={() => onSelect({ which, probability: p, impact: i })}
                    >
                      {count > 0 ? count : ''}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="keel-heat__legend" aria-label="Score bands">
        {BANDS.map((band) => (
          <li key={band}>
            <span className={`keel-heat__swatch keel-heat__cell--${band}`} aria-hidden="true" />
            {BAND_LABEL[band]}
          </li>
        ))}
      </ul>
      {!onGrid && <p className="keel-muted keel-note">Risks here are rated in percent and money, so they do not sit on the 1-5 grid.</p>}
      {map.unplaced > 0 && (
        <p className="keel-muted keel-note" data-testid="unplaced">
          {`${map.unplaced} open ${map.unplaced === 1 ? 'risk is' : 'risks are'} not on the map: ${which === 'residual' ? 'no residual' : 'no'} probability or impact from 1 to 5.`}
        </p>
      )}
    </section>
  );
}
