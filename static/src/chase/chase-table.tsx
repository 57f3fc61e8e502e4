import { useState } from 'react';
import type { ChaseList } from '@contract';
import { fmt } from '../format/current-format';
import { HiddenMarker } from '../hidden-work/hidden-marker';
import { IssueKeyLink } from '../overview/issue-key-link';
import './chase.css';

const REASON_LABELS = { late: 'late', blocked: 'blocked', outOfSequence: 'out of sequence', predecessorDue: 'predecessors due, not started' } as const;

/**
 * "What to chase" this week: the first `limit` entries, most pressing first, each with its owner, status, due date,
 * slip and why; "Show all" opens the rest the answer holds, and the caption says when the answer was cut.
 */
export function ChaseTable({ chase, limit = 10 }: { chase: ChaseList; limit?: number }) {
  const [all, setAll] = useState(false);
  const shown = all ? chase.entries : chase.entries.slice(0, limit);
  const counts = (Object.keys(REASON_LABELS) as (keyof typeof REASON_LABELS)[]).filter((k) => chase.counts[k] > 0).map((k) => `${fmt().number(chase.counts[k])} ${REASON_LABELS[k]}`);
  return (
    <section className="keel-section keel-chase" aria-labelledby="keel-chase-title" data-testid="chase-list">
      <h2 id="keel-chase-title" className="keel-section__title">
        {`What to chase this week (${chase.asOf} to ${chase.weekEnd})`}
        <HiddenMarker what="the list" />
      </h2>
      {chase.total === 0 ? (
        <p className="keel-muted" data-testid="chase-empty">
          Nothing to chase: no critical or near-critical work is late or blocked, no predecessor due this week is still to start, and no work started before its predecessor finished.
        </p>
      ) : (
        <>
          <p className="keel-chase__counts keel-muted" data-testid="chase-count">{`${fmt().number(chase.total)} ${chase.total === 1 ? 'issue' : 'issues'} to chase: ${counts.join(', ')}.`}</p>
          <div className="keel-table-scroll">
            <table className="keel-table keel-table--compact">
              <caption className="keel-caption">{`Late or blocked critical and near-critical work, predecessors due by ${chase.weekEnd} not started, and work started before a finish-to-start predecessor finished. Slip in working days past the due date. Showing ${shown.length} of ${fmt().number(chase.total)}${chase.entries.length < chase.total ? ` (the answer holds the first ${chase.entries.length})` : ''}.`}</caption>
              <thead>
                <tr>
                  <th scope="col">Issue</th>
                  <th scope="col">Summary</th>
                  <th scope="col">Assignee</th>
                  <th scope="col">Status</th>
                  <th scope="col">Due</th>
                  <th scope="col" className="keel-num">Slip (d)</th>
                  <th scope="col">Why</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((e) => (
                  <tr key={e.key} data-key={e.key} data-reasons={e.reasons.map((r) => r.kind).join(' ')}>
                    <th scope="row">
                      <IssueKeyLink issueKey={e.key} />
                    </th>
                    <td className="keel-cell-summary">{e.summary}</td>
                    <td>{e.assignee?.displayName ?? 'Unassigned'}</td>
                    <td>{e.status}</td>
                    <td>{e.dueDate ?? '–'}</td>
                    <td className="keel-num">{e.slipDays === null ? '–' : <span className="keel-chase__slip">{`+${e.slipDays}`}</span>}</td>
                    <td>
                      <ul className="keel-chase__reasons">
                        {e.reasons.map((r) => (
                          <li key={r.kind}>{r.text}</li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {chase.entries.length > limit && (
            <p className="keel-chase__more">
              <button type="button" className="keel-button keel-button--subtle" aria-expanded={all} onClick={() => setAll(!all)}>
                {all ? `Show the first ${limit}` : `Show all ${fmt().number(chase.entries.length)}`}
              </button>
            </p>
          )}
        </>
      )}
    </section>
  );
}
