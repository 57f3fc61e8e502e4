import type { StatusResult } from '@contract';
import { IssueKeyLink } from '../overview/issue-key-link';
import { ANALYSIS_LABEL, varianceWords, verdictLabel, verdictTone } from './status-words';

/**
 * The verdict card the Overview opens with, and the "Keel status" macro shows (issue 16, item 2): on track, at risk
 * or late against the launch date and where that date comes from, the one or two reasons, the date each analysis
 * gives (or why it gives none), why they disagree, and the milestones against their due dates.
 */
export function VerdictCard({ status, headingLevel = 2 }: { status: StatusResult; headingLevel?: 2 | 3 }) {
  const tone = verdictTone(status.status);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={`keel-verdict keel-verdict--${tone}`} aria-labelledby="keel-verdict-title" data-testid="verdict-card">
      <Heading id="keel-verdict-title" className="keel-verdict__title">
        <span className={`keel-verdict-badge keel-verdict-badge--${tone}`}>{verdictLabel(status.status)}</span> {status.headline}
      </Heading>
      {status.reasons.length > 0 && (
        <ul className="keel-verdict__reasons">
          {status.reasons.map((r) => <li key={r}>{r}</li>)}
        </ul>
      )}
      {status.finishes.length > 0 && (
        <table className="keel-table keel-verdict__finishes">
          <caption className="keel-visually-hidden">The finish each analysis gives</caption>
          <thead>
            <tr>
              <th scope="col">Analysis</th>
              <th scope="col">Finish</th>
              <th scope="col">{status.target ? `Against ${status.target.date}` : 'Against the launch date'}</th>
              <th scope="col">Rests on</th>
            </tr>
          </thead>
          <tbody>
            {status.finishes.map((f) => (
              <tr key={f.analysis}>
                <th scope="row">{ANALYSIS_LABEL[f.analysis]}</th>
                <td>{f.date ?? 'not available'}</td>
                <td>{varianceWords(f.varianceDays)}</td>
                <td className="keel-muted">{f.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {status.probabilityByTarget !== null && <p>{`The forecast gives a ${Math.round(status.probabilityByTarget * 100)}% chance of finishing by the launch date.`}</p>}
      {status.disagreements.length > 0 && (
        <>
          <h3 className="keel-verdict__subtitle">Why the dates differ</h3>
          <ul className="keel-verdict__disagreements">
            {status.disagreements.map((d) => <li key={d}>{d}</li>)}
          </ul>
        </>
      )}
      {status.milestones.length > 0 && (
        <>
          <h3 className="keel-verdict__subtitle">Milestones</h3>
          <table className="keel-table keel-verdict__milestones">
            <thead>
              <tr>
                <th scope="col">Milestone</th>
                <th scope="col">Due</th>
                <th scope="col">Critical path</th>
                <th scope="col">Levelled</th>
              </tr>
            </thead>
            <tbody>
              {status.milestones.map((m) => (
                <tr key={m.key}>
                  <th scope="row"><IssueKeyLink issueKey={m.key} /> {m.summary}{m.done ? ' (done)' : ''}</th>
                  <td>{m.target ?? 'no due date'}</td>
                  <td>{`${m.cpm.date}${m.cpm.varianceDays === null ? '' : `, ${varianceWords(m.cpm.varianceDays)}`}`}</td>
                  <td>{m.levelled === null ? 'not computed' : `${m.levelled.date}${m.levelled.varianceDays === null ? '' : `, ${varianceWords(m.levelled.varianceDays)}`}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {status.findings.length > 0 && (
        <ul className="keel-verdict__findings" aria-label="Problems with the targets">
          {status.findings.map((f) => (
            <li key={`${f.kind}-${f.title}`}>
              <strong>{f.title}</strong>{`. ${f.advice}`}
              {f.issueKeys.length > 0 && <> {f.issueKeys.slice(0, 10).map((k) => <IssueKeyLink key={k} issueKey={k} />)}</>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
