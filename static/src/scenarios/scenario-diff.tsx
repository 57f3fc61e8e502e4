import type { ScenarioDiffView } from '@contract';
import { ScenarioForecastLine } from './scenario-forecast-line';

const signed = (days: number): string => `${days > 0 ? '+' : ''}${days} working day${Math.abs(days) === 1 ? '' : 's'}`;

/** What the scenario changes in the live plan: finish, levelled finish, forecast, milestones, critical path, moved issues and why, targets, new cycles. */
export function ScenarioDiff({ diff, compact = false }: { diff: ScenarioDiffView; compact?: boolean }) {
  const verdict = diff.finish.days === 0 ? 'unchanged' : diff.finish.days > 0 ? 'later' : 'earlier';
  return (
    <div className="keel-scenario-diff">
      <p className={`keel-scenario-diff__finish keel-scenario-diff__finish--${verdict}`} data-testid="scenario-finish">
        Finish <strong>{diff.finish.scenario}</strong> (live {diff.finish.live}: {diff.finish.days === 0 ? 'no change' : signed(diff.finish.days)})
        {diff.levelledFinish && (
          <span className="keel-muted"> · levelled, one task a person at a time: {diff.levelledFinish.scenario} (live {diff.levelledFinish.live}, {diff.levelledFinish.days === 0 ? 'no change' : signed(diff.levelledFinish.days)})</span>
        )}
      </p>
      {diff.forecast && <ScenarioForecastLine forecast={diff.forecast} />}
      {!diff.forecast && diff.forecastLeftOut && <p className="keel-muted" data-testid="scenario-forecast-left-out">{diff.forecastLeftOut}</p>}
      {diff.milestones.length > 0 && !compact && (
        <ul className="keel-scenario-diff__milestones" aria-label="Milestones">
          {diff.milestones.map((m) => (
            <li key={m.key}>
              ◆ <strong>{m.key}</strong> {m.summary}: {m.scenario} (live {m.live}, {m.days === 0 ? 'no change' : signed(m.days)}){m.target !== null && `, target ${m.target}`}
            </li>
          ))}
        </ul>
      )}
      {diff.newCycles.map((c) => (
        <p key={c.issueKeys.join(' ')} role="alert" className="keel-scenario__problem">{c.message}</p>
      ))}
      <p>
        Critical path: {diff.criticalIn.length === 0 && diff.criticalOut.length === 0 ? 'unchanged.' : (
          <>
            {diff.criticalIn.length > 0 && <span className="keel-scenario-diff__in">joins: {diff.criticalIn.join(', ')}. </span>}
            {diff.criticalOut.length > 0 && <span className="keel-scenario-diff__out">leaves: {diff.criticalOut.join(', ')}.</span>}
          </>
        )}
      </p>
      {diff.moved.length > 0 && (
        <table className="keel-table keel-scenario-diff__moved">
          <caption className="keel-muted">{diff.movedCount} issue{diff.movedCount === 1 ? '' : 's'} moved{diff.movedCount > diff.moved.length ? `; the ${diff.moved.length} moved most are shown` : ''}</caption>
          <thead>
            <tr><th>Issue</th>{!compact && <th>Live</th>}<th>Scenario</th><th>Finish</th><th>Why</th></tr>
          </thead>
          <tbody>
            {diff.moved.map((m) => (
              <tr key={m.key}>
                <td><strong>{m.key}</strong>{m.milestone && ' ◆'} {!compact && <span className="keel-muted">{m.summary}</span>}</td>
                {!compact && <td>{m.live.start} – {m.live.finish}</td>}
                <td>{m.scenario.start} – {m.scenario.finish}</td>
                <td className={m.finishDays > 0 ? 'keel-scenario-diff__later' : 'keel-scenario-diff__earlier'}>{signed(m.finishDays)}</td>
                <td>{m.because ? `${m.because.edit}${m.because.via.length > 1 ? ` (via ${m.because.via.join(' → ')})` : ''}` : 'follows the project finish'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {diff.targets.length > 0 && !compact && (
        <ul className="keel-scenario-diff__targets" aria-label="Targets">
          {diff.targets.map((t) => (
            <li key={t.key}>
              {t.key}: target {t.scenario.target ?? 'none'}, finishes {t.scenario.finish}
              {t.scenario.varianceDays !== null && ` (${t.scenario.varianceDays > 0 ? `${t.scenario.varianceDays} days late` : 'on time'})`}; live {t.live.finish}
              {t.live.varianceDays !== null && ` (${t.live.varianceDays > 0 ? `${t.live.varianceDays} days late` : 'on time'})`}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
