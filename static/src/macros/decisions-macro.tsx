import type { MacroDecisionsResult } from '@contract';
import { EmptyState } from '../components/empty-state';
import { Lozenge, type LozengeAppearance } from '../components/lozenge';
import { IssueKeyLink } from '../overview/issue-key-link';
import { MacroHeader } from './macro-header';
import { fmt } from '../format/current-format';
import { decisionsLeftOut } from '../../../src/domain/decisions/decisions-left-out';

type Status = MacroDecisionsResult['decisions'][number]['status'];
const APPEARANCE: Record<Status, LozengeAppearance> = { proposed: 'inprogress', decided: 'success', superseded: 'default', rejected: 'default' };

/** The decision log macro: decisions newest first, with status, owner, date and outcome. */
export function DecisionsMacro({ data }: { data: MacroDecisionsResult }) {
  return (
    <section className="keel-macro" data-testid="decisions-macro">
      <MacroHeader title="Decision log" scope={data.scope} />
      {data.truncatedAt !== null && (
        <p className="keel-macro__note" data-testid="decisions-left-out">
          {decisionsLeftOut(data.truncatedAt, fmt().number)}
        </p>
      )}
      {data.decisions.length === 0 ? (
        <EmptyState title="No decisions" message="No decision issues in this scope that you may see." />
      ) : (
        <ol className="keel-macro-decisions">
          {data.decisions.map((d) => (
            <li key={d.key} className={`keel-macro-decisions__item keel-macro-decisions__item--${d.status}`}>
              <p className="keel-macro-decisions__head">
                <Lozenge appearance={APPEARANCE[d.status]}>{d.statusName}</Lozenge> <span className="keel-macro__key">
                  <IssueKeyLink issueKey={d.key} />
                </span>{' '}
                <strong>{d.title}</strong>
              </p>
              <p className="keel-macro__note">
                {`${d.owner ? d.owner.displayName : 'No owner'} · ${d.date}`}
                {d.supersedes.length > 0 && ` · supersedes ${d.supersedes.join(', ')}`}
                {d.supersededBy.length > 0 && ` · superseded by ${d.supersededBy.join(', ')}`}
              </p>
              {d.outcome !== '' && <p className="keel-macro-decisions__outcome">{d.outcome}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
