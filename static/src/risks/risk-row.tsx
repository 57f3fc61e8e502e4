import type { ScoredRisk } from '@contract';
import { IssueKeyLink } from '../overview/issue-key-link';
import type { RiskColumnDefinition, RiskColumnId } from './risk-columns';
import { RiskFlagMarkers } from './risk-flag-markers';

const number = (value: number | null) =>
  value === null ? (
    <span className="keel-muted">
      <span aria-hidden="true">–</span>
      <span className="keel-visually-hidden">none</span>
    </span>
  ) : (
    value
  );

function Cell({ id, risk, column }: { id: RiskColumnId; risk: ScoredRisk; column: RiskColumnDefinition }) {
  switch (id) {
    case 'scheduleDays': {
      const value = column.value(risk);
      return typeof value === 'number' ? (
        <span title="Working days the forecast's P80 moves with this risk against the same simulated plans without it">{value}</span>
      ) : (
        <span className="keel-muted" title="Not measured: the risk is closed, linked to no open work, or not among the risks measured (the largest probability × days × linked issues)">
          <span aria-hidden="true">–</span>
          <span className="keel-visually-hidden">not measured</span>
        </span>
      );
    }
    case 'key':
      return <IssueKeyLink issueKey={risk.key} />;
    case 'summary':
      return risk.summary;
    case 'category':
      return risk.category ?? <span className="keel-muted">None</span>;
    case 'owner':
      if (risk.owner === null) return <span className="keel-muted">None</span>;
      return risk.owner.active ? risk.owner.displayName : `${risk.owner.displayName} (deactivated)`;
    case 'status':
      return risk.status;
    case 'probability':
      return number(risk.probability);
    case 'impact':
      return number(risk.impact);
    case 'inherentScore':
      return number(risk.inherentScore);
    case 'residualScore':
      return number(risk.residualScore);
    case 'rpn':
      return number(risk.rpn);
    case 'weightedScore':
      return (
        <>
          {number(risk.weightedScore)}
          {risk.weightReason && <span className="keel-risk-why">{risk.weightReason}</span>}
        </>
      );
    case 'flags':
      return <RiskFlagMarkers flags={risk.flags} />;
    case 'problems':
      return risk.problems.length === 0 ? null : (
        <span className="keel-risk-problem-count">{risk.problems.length === 1 ? '1 problem' : `${risk.problems.length} problems`}</span>
      );
  }
}

/**
 * One risk of the register, the key as the row header and a link to the issue. A risk with problems gets a
 * second, full-width row that says what is wrong, so the sentences stay readable in a wide table.
 */
export function RiskRow({ risk, columns }: { risk: ScoredRisk; columns: readonly RiskColumnDefinition[] }) {
  const problems = risk.problems.length > 0;
  const classes = [problems && 'keel-row--problem', risk.statusCategory === 'done' && 'keel-row--done'].filter(Boolean).join(' ');
  return (
    <>
      <tr data-key={risk.key} className={classes || undefined}>
        {columns.map((c) =>
          c.id === 'key' ? (
            <th key={c.id} scope="row">
              <Cell id={c.id} risk={risk} column={c} />
            </th>
          ) : (
            <td key={c.id} data-column={c.id} className={c.numeric && c.id !== 'flags' && c.id !== 'problems' ? 'keel-num' : `keel-risk-cell--${c.id}`}>
              <Cell id={c.id} risk={risk} column={c} />
            </td>
          ),
        )}
      </tr>
      {problems && (
        <tr className="keel-row--problem keel-risk-problem-row" data-problems-for={risk.key}>
          <td colSpan={columns.length}>
            <ul className="keel-risk-problems" aria-label={`Problems with ${risk.key}`}>
              {risk.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </td>
        </tr>
      )}
    </>
  );
}
