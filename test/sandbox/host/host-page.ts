/**
 * The sandbox's stand-in for Jira: a top bar, switchers for the signed-in user, project, issue and module,
 * and the Keel module in an iframe as Jira shows it. Rendered on the server; every value is escaped.
 */
import type { Snapshot } from '../snapshot-schema';
import { canBrowseIssue, visibleProjects } from '../site/permissions';
import { confluencePage } from './confluence-page';
import { forgeContext } from './forge-context';
import { ANONYMOUS, signInUsers, type HostSelection } from './host-selection';
import { html, type SafeHtml } from './html';
import { issuePanel } from './issue-panel';
import { HOST_MODULES } from './modules';
import { themeSwitch } from './theme-switch';

/** Issues the issue switcher lists at most (the shown one is always listed). */
const SWITCHER_ISSUES = 1000;

function option(value: string, label: string, selected: boolean): SafeHtml {
  return html`<option value="${value}"${selected ? html` selected` : ''}>${label}</option>`;
}

function switchers(snapshot: Snapshot, selection: HostSelection): SafeHtml {
  const users = signInUsers(snapshot).map((u) =>
    option(u.emailAddress ?? '', `${u.displayName} (${u.emailAddress ?? ''})`, u.accountId === selection.user?.accountId),
  );
  const projects = visibleProjects(snapshot, selection.principal);
  const current = selection.project;
  const projectOptions = projects.map((p) => option(p.key, `${p.name} (${p.key})`, p.key === current?.key));
  if (current && !projects.includes(current)) projectOptions.push(option(current.key, `${current.key} (no access)`, true));
  // The first SWITCHER_ISSUES of the project and the one shown: a generated project's 50,000 would make every host
  // page megabytes of options, and its load, not the app's, what a browser bench measures.
  const inProject = snapshot.issues.filter((i) => i.fields.project.key === current?.key);
  const listed = inProject.slice(0, SWITCHER_ISSUES);
  const shown = inProject.find((i) => i.key === selection.issueKey);
  if (shown && !listed.includes(shown)) listed.push(shown);
  const issues = listed.filter((i) => canBrowseIssue(snapshot, selection.principal, i));
  return html`<form class="switchers" method="get" action="/" data-autosubmit>
    <label>Signed in as
      <select name="user">${users}${option(ANONYMOUS, 'Anonymous', selection.user === undefined)}</select>
    </label>
    <label>Project
      <select name="project">${projectOptions}</select>
    </label>
    <label>Issue
      <select name="issue">${option('', 'None', selection.issueKey === undefined)}${issues.map((i) =>
        option(i.key, `${i.key}: ${i.fields.summary.slice(0, 60)}`, i.key === selection.issueKey),
      )}</select>
    </label>
    <label>Module
      <select name="module">${HOST_MODULES.map((m) => option(m.key, m.key, m.key === selection.module.key))}</select>
    </label>
    ${themeSwitch(selection.theme)}
    <button type="submit">Show</button>
    <a class="switchers__product" href="/?${new URLSearchParams({ product: 'confluence', user: selection.user?.emailAddress ?? ANONYMOUS, theme: selection.theme }).toString()}">Go to Confluence</a>
  </form>`;
}

function frame(snapshot: Snapshot, selection: HostSelection): SafeHtml {
  const context = JSON.stringify(forgeContext(snapshot, selection));
  return html`<iframe class="module-frame" title="${selection.module.title}" data-src="/app/index.html"
    data-context="${context}"></iframe>`;
}

/** An issue panel as Jira shows it in the issue view: the module's title above its frame. */
function issuePanelApp(snapshot: Snapshot, selection: HostSelection): SafeHtml {
  return html`<h3 class="issue-panel__app-title">${selection.module.title}</h3>${frame(snapshot, selection)}`;
}

function moduleFrame(snapshot: Snapshot, selection: HostSelection): SafeHtml {
  const { project, user, module } = selection;
  if (!project) return html`<p class="notice">This user may not browse any project. Pick another user.</p>`;
  // Jira shows an issue panel inside the issue view (see issuePanel), never on its own.
  if (module.type === 'jira:issuePanel') {
    return selection.issueKey
      ? html``
      : html`<p class="notice" role="note">${module.title} is an issue panel: pick an issue to see it inside the issue.</p>`;
  }
  const warning = selection.projectVisible
    ? ''
    : html`<p class="notice" role="note">${user?.displayName ?? 'Anonymous'} may not browse ${project.key}: Jira would not
        show this page. The sandbox shows it anyway, so the app's own permission checks can be tested.</p>`;
  return html`${warning}${frame(snapshot, selection)}`;
}

/** Where Jira shows the module: its admin settings, a project's settings, or the project's apps. */
function breadcrumbs(type: HostSelection['module']['type'], projectName: string): string {
  if (type === 'jira:adminPage') return 'Settings / Apps';
  if (type === 'jira:projectSettingsPage') return `Projects / ${projectName} / Project settings / Apps`;
  return `Projects / ${projectName} / Apps`;
}

export function hostPage(snapshot: Snapshot, selection: HostSelection): string {
  if (selection.confluence) return confluencePage(snapshot, selection, selection.confluence);
  const siteHost = new URL(snapshot.site.baseUrl).host;
  const projectName = selection.project ? selection.project.name : 'No project';
  return html`<!doctype html>
<html lang="en" data-color-mode="${selection.theme}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${selection.module.title} - ${projectName} - Keel sandbox</title>
  <link rel="stylesheet" href="/__sandbox/host.css">
  <script src="/__sandbox/host.js" defer></script>
</head>
<body>
  <header class="topbar"><span class="topbar__logo" aria-hidden="true"></span>Keel sandbox — ${siteHost}</header>
  ${switchers(snapshot, selection)}
  <div class="layout">
    <nav class="sidebar" aria-label="Project">
      <p class="sidebar__project">${selection.module.type === 'jira:adminPage' ? 'Jira settings' : projectName}</p>
      <p class="sidebar__group">${selection.module.type === 'jira:projectSettingsPage' ? 'Project settings: apps' : 'Apps'}</p>
      <a class="sidebar__item sidebar__item--active" aria-current="page" href="">${selection.module.title}</a>
    </nav>
    <main class="content">
      <p class="breadcrumbs">${breadcrumbs(selection.module.type, projectName)}</p>
      ${selection.issueKey ? issuePanel(snapshot, selection, selection.issueKey, selection.module.type === 'jira:issuePanel' ? issuePanelApp(snapshot, selection) : undefined) : ''}
      ${moduleFrame(snapshot, selection)}
    </main>
  </div>
</body>
</html>`.value;
}
