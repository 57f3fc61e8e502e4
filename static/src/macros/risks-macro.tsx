import type { MacroRisksResult } from '@contract';
import { EmptyState } from '../components/empty-state';
import { Lozenge } from '../components/lozenge';
import { IssueKeyLink } from '../overview/issue-key-link';
import { scoreBand } from '../risks/score-band';
import { MacroHeader } from './macro-header';
import { fmt } from '../format/current-format';

const RATINGS = [1, 2, 3, 4, 5] as const;
const appearance = { todo: 'default', inProgress: 'inprogress', done: 'success' } as const;

/** The heat map as counts only: probability rows (5 on top), impact columns. */
function HeatCounts({ cells, unplaced }: MacroRisksResult['heatMap']) {
  return (
    <table className="keel-macro-heat" data-testid="macro-heat-map">
      <caption>{`Open risks by probability and impact${unplaced > 0 ? ` (${unplaced} not rated)` : ''}`}</caption>
      <thead>
        <tr>
          <th scope="col">P \ I</th>
          {RATINGS.map((i) => (
            <th key={i} scope="col">
              {i}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {[...RATINGS].reverse().map((p) => (
          <tr key={p}>
            <th scope="row">{p}</th>
            {RATINGS.map((i) => {
              const count = cells[p - 1]?.[i - 1] ?? 0;
              return (
                <td key={i} className={`keel-macro-heat__cell keel-macro-heat__cell--${scoreBand(p, i)}`}>
                  {count > 0 ? count : ''}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A risk's days at P80: "being computed" while a large project's forecast is, "not measured" where the forecast did not measure it. */
function RiskDaysCell({ days, value }: { days: NonNullable<MacroRisksResult['scheduleDays']>; value: number | null | undefined }) {
  if (days.state === 'computing') return <td className="keel-muted" title="This large project's forecast is being computed in the background.">being computed</td>;
  if (value === null || value === undefined) return <td className="keel-num keel-muted" title="Linked to no open work, or not among the risks weighing most, which the forecast measures.">–</td>;
  return <td className="keel-num" title={`Against the same ${fmt().number(days.iterations)} simulated plans without it.`}>{fmt().number(value, 1)}</td>;
}

/** The risk register macro: counts, top open risks by weighted score, heat map counts, flags. */
export function RisksMacro({ data }: { data: MacroRisksResult }) {
  const { flagged, scheduleDays: days } = data;
  return (
    <section className="keel-macro" data-testid="risks-macro">
      <MacroHeader title="Risk register" scope={data.scope} asOf={data.asOf} />
      <p className="keel-macro__summary">
        {`${data.openCount} open of ${data.riskCount} risks · ${data.derivedCount} schedule risks from the plan · without owner ${flagged.withoutOwner}, without treatment ${flagged.withoutTreatment}`}
      </p>
      {data.topRisks.length === 0 ? (
        <EmptyState title="No open risks" message="No open risk issues in this project that you may see." />
      ) : (
        <div className="keel-macro__columns">
          <table className="keel-macro-table">
            <caption>Top open risks</caption>
            <thead>
              <tr>
                <th scope="col">Key</th>
                <th scope="col">Risk</th>
                <th scope="col">Owner</th>
                <th scope="col">Status</th>
                <th scope="col">Score</th>
                {days && (
                  <th scope="col" className="keel-num" title="Working days the forecast's 80% finish moves with the risk, against the same simulated plans without it.">
                    Days added at P80
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {data.topRisks.map((risk) => (
                <tr key={risk.key}>
                  <td>
                    <IssueKeyLink issueKey={risk.key} />
                  </td>
                  <td>{risk.summary}</td>
                  <td>{risk.owner ?? 'No owner'}</td>
                  <td>
                    <Lozenge appearance={appearance[risk.statusCategory]}>{risk.status}</Lozenge>
                  </td>
                  <td title={risk.criticalWork ? 'Weighted up: linked to critical work' : undefined}>
                    {risk.weightedScore === null ? 'not rated' : `${risk.weightedScore}${risk.criticalWork ? ' ▲' : ''}`}
                  </td>
                  {days && <RiskDaysCell days={days} value={risk.daysAddedAtP80} />}
                </tr>
              ))}
            </tbody>
          </table>
          {data.scale === 'oneToFive' && <HeatCounts cells={data.heatMap.cells} unplaced={data.heatMap.unplaced} />}
        </div>
      )}
    </section>
  );
}
