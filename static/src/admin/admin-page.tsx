import { useRef, useState } from 'react';
import type { DetectedSettingsResult, Settings, SettingsCatalog, SettingsProblem, SettingsSaveResult, SettingsView } from '@contract';
import { callResolver } from '../api/call-resolver';
import { errorAdvice } from '../api/error-advice';
import { ErrorState } from '../components/error-state';
import { LoadingState } from '../components/loading-state';
import { formProblems, problemsAfterEdit } from './form-checks';
import { DetectionReasons } from './detection-reasons';
import { ProblemSummary } from './problem-summary';
import { downloadSettings, readFileText } from './settings-file';
import { mergedProblems, SettingsForm } from './settings-form';
import { SettingsPreview } from './settings-preview';
import { useAdminData } from './use-admin-data';

/** Keel's global settings (Jira admin settings → Apps → Keel settings): Jira admins only, checked by the back end. */
export function AdminPage() {
  const data = useAdminData('settings/get', {}, 'global');
  if (data.status === 'loading') return <LoadingState label="Loading Keel's settings…" />;
  if (data.status === 'error') {
    return <ErrorState title="Keel's settings are not available" message={data.message} advice={data.code === 'FORBIDDEN' ? 'Ask a Jira admin to change them.' : errorAdvice(data.code)} />;
  }
  return <AdminForm view={data.view} catalog={data.catalog} />;
}

function AdminForm({ view, catalog }: { view: SettingsView; catalog: SettingsCatalog }) {
  const [saved, setSaved] = useState<Settings>(view.settings);
  const [draft, setDraft] = useState<Settings>(view.settings);
  const [serverProblems, setServerProblems] = useState<SettingsProblem[]>(view.problems);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [projectKey, setProjectKey] = useState(catalog.projects[0]?.key ?? '');
  const [reasons, setReasons] = useState<DetectedSettingsResult['reasons']>([]);
  const fileInput = useRef<HTMLInputElement>(null);
  const local = formProblems(draft);
  const problems = mergedProblems(local, serverProblems);
  const blocked = local.length > 0;
  const edit = (patch: Partial<Settings>) => {
    const next = { ...draft, ...patch };
    setServerProblems(problemsAfterEdit(serverProblems, draft, next));
    setDraft(next);
  };

  const settle = (result: SettingsSaveResult, what: string) => {
    setServerProblems(result.problems);
    if (result.saved) {
      setSaved(result.settings);
      setDraft(result.settings);
      setStatus(`${what}: these settings are now in force.`);
    } else {
      setStatus(`Not ${what.toLowerCase()}: the settings in force are unchanged. Fix the problems below.`);
    }
  };
  const act = (run: () => Promise<void>) => {
    setBusy(true);
    run()
      .catch((e: unknown) => setStatus(e instanceof Error ? e.message : String(e)))
      .finally(() => setBusy(false));
  };
  const save = () => act(async () => settle(await callResolver('settings/save', { settings: draft, projectKey: projectKey || undefined }), 'Saved'));
  const detect = () =>
    act(async () => {
      const detected = await callResolver('settings/detect', {});
      setDraft(detected.settings);
      setReasons(detected.reasons);
      setStatus('Detected from this site: review the draft, preview it, then save.');
    });
  const importFile = (file: File) => act(async () => settle(await callResolver('settings/import', { text: await readFileText(file), projectKey: projectKey || undefined }), 'Imported'));

  return (
    <main className="keel-page keel-admin">
      <h1 className="keel-heading">Keel settings</h1>
      <p className="keel-muted">Every project uses these unless its administrators give it its own (Project settings → Keel).</p>
      <div className="keel-admin__actions">
        <button type="button" className="keel-button" onClick={save} disabled={busy || blocked}>Save settings</button>
        <button type="button" className="keel-button keel-button--subtle" onClick={() => (setDraft(saved), setServerProblems(view.problems), setStatus('Draft discarded.'))} disabled={busy}>Discard changes</button>
        <button type="button" className="keel-button keel-button--subtle" onClick={detect} disabled={busy}>Detect from this site</button>
        <button type="button" className="keel-button keel-button--subtle" onClick={() => downloadSettings(saved, 'keel-settings.json')}>Export as JSON</button>
        <button type="button" className="keel-button keel-button--subtle" onClick={() => fileInput.current?.click()} disabled={busy}>Import JSON…</button>
        <input ref={fileInput} type="file" accept="application/json,.json" className="keel-visually-hidden" aria-label="Settings file to import" data-testid="import-file"
          onChange={(e) => { const file = e.target.files?.[0]; if (file) importFile(file); e.target.value = ''; }} />
        <label className="keel-admin__project">
          Try on project{' '}
          <select className="keel-input" value={projectKey} onChange={(e) => setProjectKey(e.target.value)}>
            {catalog.projects.map((p) => <option key={p.key} value={p.key}>{p.name} ({p.key})</option>)}
          </select>
        </label>
      </div>
      <ProblemSummary problems={problems} status={status} />
      {reasons.length > 0 && <DetectionReasons reasons={reasons} />}
      <div className="keel-admin__layout">
        <SettingsForm settings={draft} update={edit} catalog={catalog} problems={problems} people={view.people} />
        <SettingsPreview level="global" projectKey={projectKey} draft={draft} blocked={blocked} onProblems={(found) => found.length > 0 && setServerProblems(found)} />
      </div>
    </main>
  );
}
