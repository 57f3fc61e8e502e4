import { useState } from 'react';
import type { ProjectOverrides, ProjectSettingsView, Settings, SettingsCatalog, SettingsProblem } from '@contract';
import { callResolver } from '../api/call-resolver';
import { errorAdvice } from '../api/error-advice';
import { ErrorState } from '../components/error-state';
import { LoadingState } from '../components/loading-state';
import { formProblems, problemsAfterEdit } from './form-checks';
import { ProblemSummary } from './problem-summary';
import { mergedProblems, SettingsForm } from './settings-form';
import type { SettingsGroup } from './settings-groups';
import { SettingsPreview } from './settings-preview';
import { useAdminData } from './use-admin-data';

/** A project's own Keel settings (Project settings → Keel): its administrators choose which groups to override. */
export function ProjectSettingsPage({ projectKey }: { projectKey: string }) {
  const data = useAdminData('project-settings/get', { projectKey }, projectKey);
  if (data.status === 'loading') return <LoadingState label={`Loading Keel's settings for ${projectKey}…`} />;
  if (data.status === 'error') {
    return <ErrorState title={`Keel's settings for ${projectKey} are not available`} message={data.message} advice={data.code === 'FORBIDDEN' ? 'Ask an administrator of this project.' : errorAdvice(data.code)} />;
  }
  return <ProjectForm view={data.view} catalog={data.catalog} />;
}

function shown(global: Settings, overrides: ProjectOverrides): Settings {
  return { ...global, ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)) };
}

function ProjectForm({ view, catalog }: { view: ProjectSettingsView; catalog: SettingsCatalog }) {
  const { project, global } = view;
  const [overrides, setOverrides] = useState<ProjectOverrides>(view.overrides);
  const [serverProblems, setServerProblems] = useState<SettingsProblem[]>(view.problems);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const settings = shown(global, overrides);
  const overridden = (g: SettingsGroup) => g.sections.some((s) => overrides[s] !== undefined);
  const local = formProblems(settings).filter((p) => Object.keys(overrides).includes(p.path.split('.')[0] ?? ''));
  const problems = mergedProblems(local, serverProblems);

  const toggle = (g: SettingsGroup, on: boolean) => setOverrides(withGroup(overrides, g, on, global));
  const update = (patch: Partial<Settings>) => {
    const next = { ...overrides, ...patch };
    setServerProblems(problemsAfterEdit(serverProblems, settings, shown(global, next)));
    setOverrides(next);
  };
  const save = () => {
    setBusy(true);
    callResolver('project-settings/save', { projectKey: project.key, overrides })
      .then((result) => {
        setServerProblems(result.problems);
        if (result.saved) setOverrides(result.overrides);
        setStatus(result.saved ? `Saved: ${project.key} uses these settings now.` : `Not saved: ${project.key} keeps its settings in force. Fix the problems below.`);
      })
      .catch((e: unknown) => setStatus(e instanceof Error ? e.message : String(e)))
      .finally(() => setBusy(false));
  };

  return (
    <main className="keel-page keel-admin">
      <h1 className="keel-heading">Keel settings for {project.name} <span className="keel-muted">({project.key})</span></h1>
      <p className="keel-muted">Groups left on "global" follow Keel's global settings as a Jira admin changes them; tick a group to give {project.key} its own.</p>
      <div className="keel-admin__actions">
        <button type="button" className="keel-button" onClick={save} disabled={busy || local.length > 0}>Save {project.key}'s settings</button>
      </div>
      <ProblemSummary problems={problems} status={status} />
      <div className="keel-admin__layout">
        <SettingsForm settings={settings} update={update} catalog={catalog} problems={problems} people={view.people} editable={overridden} foldedByDefault={(g) => !overridden(g)}
          groupControl={(g) => (
            <label className="keel-check keel-override">
              <input type="checkbox" checked={overridden(g)} onChange={(e) => toggle(g, e.target.checked)} /> Use {project.key}'s own {/^[A-Z][a-z]/.test(g.title) ? g.title.charAt(0).toLowerCase() + g.title.slice(1) : g.title}
              {!overridden(g) && <span className="keel-muted"> (now: the global settings)</span>}
            </label>
          )} />
        <SettingsPreview level="project" projectKey={project.key} draft={overrides} blocked={local.length > 0} onProblems={(found) => found.length > 0 && setServerProblems(found)} />
      </div>
    </main>
  );
}

/** The overrides after a group is switched on (its sections copied from the global settings) or off (removed). */
function withGroup(current: ProjectOverrides, g: SettingsGroup, on: boolean, global: Settings): ProjectOverrides {
  const result: ProjectOverrides = { ...current };
  for (const s of g.sections) {
    if (!on) {
      delete result[s];
      continue;
    }
    Object.assign(result, { [s]: global[s] });
  }
  return result;
}
