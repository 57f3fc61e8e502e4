import { useEffect, useMemo, useRef, useState } from 'react';
import type { ScenarioEdit, ScenarioSummary, ScenarioView, ScheduleResult } from '@contract';
import { callResolver } from '../api/call-resolver';
import { ApplyPanel } from './apply-panel';
import { appliedCounts } from '../../../src/domain/scenario/applied-counts';
import { EditRows } from './edit-rows';
import { ScenarioComparison } from './scenario-comparison';
import { ScenarioDiff } from './scenario-diff';

interface Draft {
  id: string | null;
  name: string;
  version: number | null;
  edits: ScenarioEdit[];
}

const EMPTY: Draft = { id: null, name: '', version: null, edits: [] };
/** Edits are recomputed this long after the last keystroke. */
const PREVIEW_DELAY_MS = 350;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
/** The link types of the tab's dependencies, to add one before the first preview names every mapped type. */
const linkTypesOf = (schedule: ScheduleResult): string[] => [...new Set(schedule.edges.map((e) => e.linkType))];

/**
 * The Scenarios panel on the Dependencies tab (issue #17): open or create a what-if scenario, edit it (durations,
 * lags, links, assignees, targets) and see at once what it does to the live plan, compare two, and apply one to
 * Jira. Nothing reaches Jira but through "Apply to Jira".
 */
export function ScenariosPanel({ schedule }: { schedule: ScheduleResult }) {
  const projectKey = schedule.project.key;
  const [list, setList] = useState<ScenarioSummary[] | null>(null);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [view, setView] = useState<ScenarioView | null>(null);
  const [hidden, setHidden] = useState(0);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [compareWith, setCompareWith] = useState<string>('');
  const [compared, setCompared] = useState<{ left: ScenarioView; right: ScenarioView } | null>(null);
  const request = useRef(0);
  /** The edits `view` answers: opening a scenario answers its edits, which are then not asked for again. */
  const answered = useRef('[]');

  const refreshList = () => callResolver('scenarios/list', { projectKey }).then((r) => setList(r.scenarios), (e: unknown) => setError(message(e)));
  useEffect(() => void refreshList(), [projectKey]);

  // Instant results: each change to the edits is recomputed on the server (the same schedule as the tab's); a late
  // answer to older edits is dropped. No edits, no call: the live plan is the tab's own schedule, and computing it
  // again (levelling and the forecast) would cost a resolver call and seconds on a large project for nothing new.
  const edits = JSON.stringify(draft.edits);
  useEffect(() => {
    const mine = ++request.current;
    if (draft.edits.length === 0) {
      answered.current = edits;
      setView(null);
      return undefined;
    }
    if (edits === answered.current) return undefined;
    const timer = setTimeout(() => {
      callResolver('scenarios/preview', { projectKey, edits: draft.edits }).then(
        (v) => mine === request.current && ((answered.current = edits), setView(v), setError(null)),
        (e: unknown) => mine === request.current && setError(message(e)),
      );
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [projectKey, edits]);

  const problems = useMemo(() => new Map((view?.diff.problems ?? []).map((p) => [p.editIndex, p.message])), [view]);

  const openOne = (id: string) => {
    setStatus('Opening…');
    setCompared(null);
    callResolver('scenarios/open', { projectKey, id }).then((v) => {
      answered.current = JSON.stringify(v.edits);
      setView(v);
      setDraft({ id, name: v.scenario?.name ?? '', version: v.scenario?.version ?? null, edits: v.edits });
      setHidden(v.hiddenEdits);
      setStatus(null);
    }, (e: unknown) => (setError(message(e)), setStatus(null)));
  };
  const save = () => {
    setStatus('Saving…');
    const payload = { projectKey, name: draft.name, edits: draft.edits, ...(draft.id ? { id: draft.id, version: draft.version ?? 0 } : {}) };
    callResolver('scenarios/save', payload).then((s) => {
      setDraft({ ...draft, id: s.id, version: s.version });
      setStatus(`Saved "${s.name}".`);
      void refreshList();
    }, (e: unknown) => (setError(message(e)), setStatus(null)));
  };
  const remove = () => {
    if (!draft.id) return;
    callResolver('scenarios/delete', { projectKey, id: draft.id }).then(() => {
      setDraft(EMPTY);
      setStatus('Deleted.');
      void refreshList();
    }, (e: unknown) => setError(message(e)));
  };
  const compare = () => {
    if (!draft.id || !compareWith) return;
    setStatus('Comparing…');
    callResolver('scenarios/compare', { projectKey, left: draft.id, right: compareWith }).then((r) => (setCompared(r), setStatus(null)), (e: unknown) => (setError(message(e)), setStatus(null)));
  };
  const current = list?.find((s) => s.id === draft.id) ?? null;

  return (
    <section className="keel-section keel-scenarios" aria-labelledby="keel-scenarios-title">
      <h2 id="keel-scenarios-title" className="keel-section__title">Scenarios (what-if)</h2>
      <p className="keel-muted">Try changes on a copy of the plan. Nothing changes in Jira until you apply a saved scenario and confirm its list of changes.</p>
      <div className="keel-scenarios__bar">
        <label>
          Scenario{' '}
          <select aria-label="Open a scenario" value={draft.id ?? ''} onChange={(e) => (e.target.value === '' ? (setDraft(EMPTY), setHidden(0), setCompared(null)) : openOne(e.target.value))}>
            <option value="">New scenario</option>
            {(list ?? []).map((s) => (
              <option key={s.id} value={s.id}>{s.name} ({s.updatedBy.name}, {s.updatedAt.slice(0, 10)}{s.applied ? ', applied' : ''})</option>
            ))}
          </select>
        </label>
        <label>
          Name <input aria-label="Scenario name" value={draft.name} maxLength={80} onChange={(e) => setDraft({ ...draft, name: e.target.value })} placeholder="Switch provider" />
        </label>
        <button type="button" className="keel-button keel-button--primary" disabled={draft.name.trim() === ''} onClick={save}>Save</button>
        {draft.id && <button type="button" className="keel-button keel-button--subtle" onClick={remove}>Delete</button>}
        {status && <span className="keel-muted" aria-live="polite">{status}</span>}
      </div>
      {current && (
        <p className="keel-muted">
          Made by {current.createdBy.name} on {current.createdAt.slice(0, 10)}; last saved by {current.updatedBy.name} on {current.updatedAt.slice(0, 10)}.
          {current.applied && ` Applied to Jira by ${current.applied.by.name} on ${current.applied.at.slice(0, 10)} (${appliedCounts(current.applied)})${current.applied.refused > 0 ? '; what was refused may be applied again' : ''}.`}
        </p>
      )}
      {hidden > 0 && <p className="keel-muted">{hidden} edit{hidden === 1 ? '' : 's'} on issues you may not see {hidden === 1 ? 'is' : 'are'} not shown; saving keeps {hidden === 1 ? 'it' : 'them'}.</p>}
      {error && <p role="alert" className="keel-scenario__problem">{error}</p>}
      <EditRows schedule={schedule} edits={draft.edits} linkTypes={view?.linkTypes ?? linkTypesOf(schedule)} problems={problems} onChange={(edits) => setDraft({ ...draft, edits })} />
      <h3 className="keel-scenarios__subtitle">Difference from the live plan</h3>
      {view?.basis.source === 'stored' && (
        <p className="keel-muted" data-testid="scenario-basis">
          This project is large: its live plan is the stored analysis of {view.basis.computedAt?.slice(0, 16).replace('T', ' ')} UTC, the {view.basis.visibleIssues.toLocaleString('en')} issues of it you may see. Changes in Jira since then appear once it is stored again.
        </p>
      )}
      {draft.edits.length === 0 ? (
        <p className="keel-scenario-diff__finish keel-scenario-diff__finish--unchanged" data-testid="scenario-finish">
          No changes yet: the live plan finishes <strong>{schedule.projectFinish}</strong>. Add an edit above to see what it moves.
        </p>
      ) : view ? <ScenarioDiff diff={view.diff} /> : <p className="keel-muted">Computing…</p>}
      {draft.id && <ApplyPanel key={draft.id} projectKey={projectKey} id={draft.id} applied={current?.applied != null && current.applied.refused === 0} onApplied={() => void refreshList()} />}
      {draft.id && (list?.length ?? 0) > 1 && (
        <div className="keel-scenarios__compare">
          <label>
            Compare with{' '}
            <select aria-label="Compare with" value={compareWith} onChange={(e) => setCompareWith(e.target.value)}>
              <option value="">Pick a scenario</option>
              {(list ?? []).filter((s) => s.id !== draft.id).map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </select>
          </label>{' '}
          <button type="button" className="keel-button" disabled={!compareWith} onClick={compare}>Compare</button>
        </div>
      )}
      {compared && (
        <div data-testid="scenario-compare">
          <ScenarioComparison left={compared.left} right={compared.right} />
          <div className="keel-scenarios__side-by-side">
          {[compared.left, compared.right].map((v, i) => (
            <div key={i}>
              <h4>{v.scenario?.name}</h4>
              <ScenarioDiff diff={v.diff} compact />
            </div>
          ))}
          </div>
        </div>
      )}
    </section>
  );
}
