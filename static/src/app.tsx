import { lazy, Suspense, type ReactNode } from 'react';
import { useForgeContext } from './context/use-forge-context';
import { ErrorState } from './components/error-state';
import { panelIssueOf } from './issue-panel/issue-panel-context';
import { LoadingState } from './components/loading-state';
import { macroKindOf } from './macros/macro-context';
import { UnknownModule } from './views/unknown-module';
import { importIssuePanel, importMacroApp, importProjectPage } from './view-imports';

// Each module loads only its own code (issue #13, item 6): the bundle is split per view, loaded when chosen.
const ProjectPage = lazy(() => importProjectPage().then((m) => ({ default: m.ProjectPage })));
const AdminPage = lazy(() => import('./admin/admin-page').then((m) => ({ default: m.AdminPage })));
const ProjectSettingsPage = lazy(() => import('./admin/project-settings-page').then((m) => ({ default: m.ProjectSettingsPage })));
const IssuePanel = lazy(() => importIssuePanel().then((m) => ({ default: m.IssuePanel })));
const MacroApp = lazy(() => importMacroApp().then((m) => ({ default: m.MacroApp })));

const loading = (view: ReactNode) => <Suspense fallback={<LoadingState label="Loading Keel…" />}>{view}</Suspense>;

/** Picks the view from the module key in the Forge context (manifest.yml names the modules). */
export function App() {
  const state = useForgeContext();
  if (state.status === 'loading') return <LoadingState label="Starting Keel…" />;
  if (state.status === 'error') {
    return (
      <ErrorState
        title="Keel could not start"
        message={state.message}
        advice="Reload the page. If this keeps happening, tell your Jira admin: the app may need to be reinstalled."
      />
    );
  }
  const { context } = state;
  if (context.moduleKey === 'keel-project-page') {
    const project = context.extension.project;
    if (!project) {
      return (
        <ErrorState
          title="No project in the page's context"
          message="Jira opened the Keel project page without naming a project."
          advice="Open Keel from a project's sidebar (Apps → Keel)."
        />
      );
    }
    return loading(<ProjectPage projectKey={project.key} />);
  }
  if (context.moduleKey === 'keel-admin-page') return loading(<AdminPage />);
  if (context.moduleKey === 'keel-project-settings') {
    const project = context.extension.project;
    if (!project) {
      return <ErrorState title="No project in the page's context" message="Jira opened Keel's project settings without naming a project." advice="Open them from the project's settings (Project settings → Keel)." />;
    }
    return loading(<ProjectSettingsPage projectKey={project.key} />);
  }
  if (context.moduleKey === 'keel-issue-panel') {
    const issue = panelIssueOf(context.extension);
    if (!issue) {
      return (
        <ErrorState
          title="No issue in the panel's context"
          message="Jira opened the Keel issue panel without naming an issue."
          advice="Reload the issue. If this keeps happening, tell your Jira admin: the app may need to be reinstalled."
        />
      );
    }
    return loading(<IssuePanel issueKey={issue.key} />);
  }
  const macroKind = macroKindOf(context.moduleKey);
  if (macroKind) return loading(<MacroApp kind={macroKind} extension={context.extension} />);
  return <UnknownModule moduleKey={context.moduleKey} />;
}
