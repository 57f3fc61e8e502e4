import { useState } from 'react';
import type { PreviewFigures, SettingsPreviewResult, SettingsProblem } from '@contract';
import { callResolver } from '../api/call-resolver';
import { fmt } from '../format/current-format';
import { percent } from '../forecast/forecast-format';

interface PreviewProps {
  level: 'global' | 'project';
  projectKey: string;
  draft: unknown;
  /** Problems the preview found in the draft go back to the form, next to their fields. */
  onProblems: (problems: SettingsProblem[]) => void;
  blocked: boolean;
}

const money = (n: number, currency: string) => fmt().money(n, currency);

const ROWS: { label: string; value: (f: PreviewFigures) => string }[] = [
  { label: 'Issues in scope', value: (f) => String(f.issues) },
  { label: 'Issues with a duration', value: (f) => `${f.withDuration} of ${f.issues}` },
  { label: 'Dependencies found', value: (f) => String(f.dependencies) },
  { label: 'Dependency cycles', value: (f) => String(f.cycles) },
  { label: 'Critical issues', value: (f) => String(f.criticalIssues) },
  { label: 'Project finish', value: (f) => f.projectFinish ?? 'none' },
  { label: 'Levelled finish (one pass)', value: (f) => f.levelledFinish ?? 'none' },
  { label: 'Person-weeks over capacity', value: (f) => String(f.overAllocatedWeeks ?? 0) },
  { label: 'Risks recognised', value: (f) => `${f.risks} (${f.ratedRisks} rated)` },
  { label: 'Decisions recognised', value: (f) => String(f.decisions) },
  { label: 'Budget covered', value: (f) => `${f.budgeted} of ${f.issues} issues, BAC ${money(f.bac, f.currency)}` },
  { label: 'Launch date', value: (f) => (f.launch === undefined ? 'not computed' : f.launch.date === null ? 'none' : `${f.launch.date} (${f.launch.label ?? ''})`) },
  { label: 'Milestones', value: (f) => String(f.launch?.milestones ?? 0) },
  { label: 'Forecast P50 / P80', value: (f) => (f.forecast === undefined ? 'not computed' : f.forecast === null ? 'none: no issues' : `${f.forecast.p50} / ${f.forecast.p80} (${fmt().number(f.forecast.iterations)} plans)`) },
  { label: 'Chance by the forecast target', value: (f) => (f.forecast?.target ? `${percent(f.forecast.target.probability)} by ${f.forecast.target.date}` : 'no target date') },
  { label: 'Target problems', value: (f) => (f.launch === undefined || f.launch.problems.length === 0 ? 'none' : f.launch.problems.join('; ')) },
];

/** What the draft makes of one project next to what the saved settings make of it, before saving. */
export function SettingsPreview({ level, projectKey, draft, onProblems, blocked }: PreviewProps) {
  const [state, setState] = useState<{ status: 'idle' | 'loading' } | { status: 'error'; message: string } | { status: 'ready'; result: SettingsPreviewResult }>({ status: 'idle' });
  const run = () => {
    setState({ status: 'loading' });
    callResolver('settings/preview', { projectKey, level, draft }).then(
      (result) => (setState({ status: 'ready', result }), onProblems(result.problems)),
      (e: unknown) => setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
  };
  return (
    <section className="keel-preview" aria-labelledby="keel-preview-title" aria-busy={state.status === 'loading'}>
      <h2 id="keel-preview-title" className="keel-subheading">Live preview on {projectKey}</h2>
      <p className="keel-muted">Nothing is saved: the draft is run on {projectKey} as you see it, next to the saved settings.</p>
      <button type="button" className="keel-button" onClick={run} disabled={blocked || state.status === 'loading' || projectKey === ''}>
        {state.status === 'loading' ? 'Previewing…' : 'Preview the draft'}
      </button>
      {blocked && <p className="keel-note">Fix the problems marked in the form to preview.</p>}
      {state.status === 'error' && <p className="keel-field-problem keel-field-problem--error" role="alert">{state.message}</p>}
      {state.status === 'ready' && level === 'global' && state.result.overridden.length > 0 && (
        <p className="keel-note" data-testid="preview-overridden">
          {projectKey} has its own {state.result.overridden.join(', ')}: the draft's values there do not reach {projectKey}.
        </p>
      )}
      {state.status === 'ready' && (
        <table className="keel-table keel-preview__table">
          <thead>
            <tr>
              <th scope="col">On {state.result.project.name || projectKey}</th>
              <th scope="col">Saved settings</th>
              <th scope="col">Draft</th>
            </tr>
          </thead>
          <tbody>
            {ROWS.map((row) => {
              const saved = row.value(state.result.saved);
              const draftValue = state.result.draft === null ? 'not computed: see the problems' : row.value(state.result.draft);
              return (
                <tr key={row.label} className={saved === draftValue ? '' : 'keel-preview__changed'}>
                  <th scope="row">{row.label}</th>
                  <td>{saved}</td>
                  <td>{draftValue}{saved !== draftValue && state.result.draft !== null && <span className="keel-visually-hidden"> (changed)</span>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
