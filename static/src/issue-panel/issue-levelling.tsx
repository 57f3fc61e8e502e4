import type { IssueLevellingResult } from '@contract';
import { useResolver } from '../api/use-resolver';
import { longDate } from '../forecast/forecast-format';
import { daysText, waitsForText } from '../resources/resources-format';

function LevellingBody({ levelling }: { levelling: IssueLevellingResult }) {
  const { issue, issueKey } = levelling;
  if (issue === null) return <p className="keel-muted keel-ip-text">{levelling.note ?? `${issueKey} is not levelled: it is not open work in Keel's scope.`}</p>;
  const other = levelling.waitsForSummary === null ? '' : ` (“${levelling.waitsForSummary}”)`;
  return (
    <>
      <p className="keel-ip-text" data-testid="issue-levelling-delay">
        {issue.delayDays > 0
          ? `Levelled, it starts on ${longDate(issue.levelledStart)}: ${daysText(issue.delayDays)} after its critical-path start (${longDate(issue.earlyStart)}), and finishes on ${longDate(issue.levelledFinish)}.`
          : `Levelling does not delay it: ${longDate(issue.levelledStart)} – ${longDate(issue.levelledFinish)}.`}
      </p>
      <p className="keel-ip-text" data-testid="issue-levelling-waits">{`It waits for ${waitsForText(issue.waitsFor)}${other}.`}</p>
      <p className="keel-muted keel-ip-text">{`The project finishes on ${longDate(levelling.levelledFinish)} levelled, ${longDate(levelling.cpmFinish)} on the critical path.`}</p>
    </>
  );
}

/**
 * The issue's levelling (`resources/issue`): its levelling delay and what it waits for, loaded apart from the
 * schedule, so a failure (a project too large to level while the viewer waits) is said here and leaves the rest.
 */
export function IssueLevelling({ issueKey }: { issueKey: string }) {
  const { state } = useResolver('resources/issue', { issueKey }, issueKey);
  return (
    <section className="keel-ip-section" aria-labelledby="keel-ip-levelling-title" data-testid="issue-levelling">
      <h2 id="keel-ip-levelling-title" className="keel-ip-title">
        Levelled over people
      </h2>
      {state.status === 'loading' && <p className="keel-muted keel-ip-text">Levelling the project over its people…</p>}
      {state.status === 'error' && <p className="keel-ip-text keel-muted" data-testid="issue-levelling-error">{state.message}</p>}
      {state.status === 'ready' && <LevellingBody levelling={state.data} />}
    </section>
  );
}
