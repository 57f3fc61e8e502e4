import { view } from '@forge/bridge';
import { useId, useState, type FormEvent } from 'react';
import { isProjectKey, MACRO_TITLES, PROJECT_ONLY, type MacroConfig, type MacroKind } from './macro-context';
import { useVisibleProjects } from './use-visible-projects';

interface MacroConfigViewProps {
  kind: MacroKind;
  config: MacroConfig | null;
  /** `view.submit` from @forge/bridge; a test may pass its own. */
  submit?: (payload: { config: MacroConfig }) => Promise<void>;
}

type Mode = 'project' | 'jql';

/** The macro's config dialog: a project key or (RACI and decision log) a JQL filter; saved with `view.submit({ config })`. */
export function MacroConfigView({ kind, config, submit = (payload) => view.submit(payload) }: MacroConfigViewProps) {
  const projectOnly = PROJECT_ONLY.has(kind);
  const [mode, setMode] = useState<Mode>(config && 'jql' in config && !projectOnly ? 'jql' : 'project');
  const [projectKey, setProjectKey] = useState(config && 'projectKey' in config ? config.projectKey : '');
  const [jql, setJql] = useState(config && 'jql' in config ? config.jql : '');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const ids = { project: useId(), jql: useId(), problem: useId() };
  const projects = useVisibleProjects();
  // A saved key the editor cannot see stays selectable, so opening the dialog never changes the config.
  const choices = projects && projectKey !== '' && !projects.some((p) => p.key === projectKey) ? [...projects, { key: projectKey, name: projectKey }] : projects;
  const setKey = (value: string) => {
    setProjectKey(value);
    setProblem(null);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const key = projectKey.trim().toUpperCase();
    if (mode === 'project' && !isProjectKey(key)) return setProblem('Enter a Jira project key, such as WEB: capital letters, digits or underscores, starting with a letter.');
    if (mode === 'jql' && jql.trim() === '') return setProblem('Enter a JQL filter, such as project in (WEB, PAY) AND type = Epic.');
    setProblem(null);
    setSaving(true);
    try {
      await submit({ config: mode === 'project' ? { projectKey: key } : { jql: jql.trim() } });
    } catch (error) {
      setProblem(`Confluence did not save the settings: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="keel-macro-config" onSubmit={(event) => void save(event)} aria-describedby={problem ? ids.problem : undefined}>
      <h2 className="keel-macro__title">{`What ${MACRO_TITLES[kind]} shows`}</h2>
      <p className="keel-macro__note">The macro shows live Jira data to each reader, with that reader's own Jira permissions.</p>
      <fieldset className="keel-macro-config__choice">
        <legend>Show</legend>
        <label className="keel-check">
          <input type="radio" name="keel-macro-mode" value="project" checked={mode === 'project'} onChange={() => setMode('project')} />
          A project
        </label>
        <label className="keel-check">
          <input type="radio" name="keel-macro-mode" value="jql" checked={mode === 'jql'} disabled={projectOnly} onChange={() => setMode('jql')} />
          {projectOnly ? 'A JQL filter (not available: this macro shows one project only)' : 'A JQL filter'}
        </label>
      </fieldset>
      {mode === 'project' ? (
        <p className="keel-macro-config__field">
          <label htmlFor={ids.project}>Project key</label>
          {choices && choices.length > 0 ? (
            <select id={ids.project} name="projectKey" value={projectKey} onChange={(e) => setKey(e.target.value)}>
              <option value="">Choose a project…</option>
              {choices.map((p) => (
                <option key={p.key} value={p.key}>{`${p.name} (${p.key})`}</option>
              ))}
            </select>
          ) : (
            <input id={ids.project} name="projectKey" value={projectKey} onChange={(e) => setKey(e.target.value)} placeholder="WEB" autoComplete="off" />
          )}
        </p>
      ) : (
        <p className="keel-macro-config__field">
          <label htmlFor={ids.jql}>JQL filter</label>
          <textarea id={ids.jql} name="jql" rows={3} value={jql} onChange={(e) => {
              setJql(e.target.value);
              setProblem(null);
            }} placeholder="project in (WEB, PAY) AND type = Epic" />
        </p>
      )}
      {problem && (
        <p id={ids.problem} className="keel-macro-config__problem" role="alert">
          {problem}
        </p>
      )}
      <div className="keel-macro-config__actions">
        <button type="submit" className="keel-button keel-button--primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="keel-button keel-button--subtle" onClick={() => void view.close()}>
          Cancel
        </button>
      </div>
    </form>
  );
}
