import type { ForecastResult } from '@contract';
import { percent } from './forecast-format';

const SHOWN = 8;

/**
 * A tornado chart of what drives the finish: the issues whose duration moves it most (cruciality: the
 * correlation of the issue's duration with the finish, with how often it was critical), and the risks by the
 * working days they add at P80. Bars are sorted largest first, as in a tornado.
 */
export function ForecastDrivers({ forecast }: { forecast: ForecastResult }) {
  const issues = [...forecast.issues].filter((i) => i.cruciality > 0).sort((a, b) => b.cruciality - a.cruciality).slice(0, SHOWN);
  const risks = forecast.risks.filter((r) => r.daysAddedAtP80 !== null).sort((a, b) => (b.daysAddedAtP80 ?? 0) - (a.daysAddedAtP80 ?? 0)).slice(0, SHOWN);
  const mostDays = Math.max(1, ...risks.map((r) => r.daysAddedAtP80 ?? 0));
  return (
    <div className="keel-forecast-tornado" data-testid="tornado">
      <table className="keel-table keel-forecast-tornado__table">
        <caption>Issues driving the finish (correlation of their duration with the finish)</caption>
        <thead>
          <tr>
            <th scope="col">Issue</th>
            <th scope="col">Critical in</th>
            <th scope="col">Cruciality</th>
          </tr>
        </thead>
        <tbody>
          {issues.length === 0 && (
            <tr>
              <td colSpan={3}>No open issue's duration moves the finish.</td>
            </tr>
          )}
          {issues.map((i) => (
            <tr key={i.key} data-testid="driver-issue">
              <th scope="row">
                <span className="keel-forecast-key">{i.key}</span> {i.summary}
              </th>
              <td>{percent(i.criticality)}</td>
              <td className="keel-forecast-bar-cell">
                <span className="keel-forecast-hbar" style={{ width: `${Math.round(i.cruciality * 100)}%` }} />
                <span>{i.cruciality.toFixed(2)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="keel-table keel-forecast-tornado__table">
        <caption>Risks from the register: working days each adds at P80</caption>
        <thead>
          <tr>
            <th scope="col">Risk</th>
            <th scope="col">Strikes in</th>
            <th scope="col">Days at P80</th>
          </tr>
        </thead>
        <tbody>
          {risks.length === 0 && (
            <tr>
              <td colSpan={3}>No open risk linked to open work: the register adds nothing to this forecast.</td>
            </tr>
          )}
          {risks.map((r) => (
            <tr key={r.key} data-testid="driver-risk">
              <th scope="row">
                <span className="keel-forecast-key">{r.key}</span> {r.summary}
              </th>
              <td>{percent(r.struckShare)}</td>
              <td className="keel-forecast-bar-cell">
                <span className="keel-forecast-hbar keel-forecast-hbar--risk" style={{ width: `${Math.round(((r.daysAddedAtP80 ?? 0) / mostDays) * 100)}%` }} />
                <span>{(r.daysAddedAtP80 ?? 0).toFixed(1)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
