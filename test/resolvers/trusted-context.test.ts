/**
 * Issue #12, item 2: every resolver takes the project, the issue and the macro's config from Forge's trusted
 * context (context.extension), per module type, as Jira and Confluence fill it (test/sandbox/forge/module-context.ts).
 * A payload naming another project, issue or config than the context is refused; the payload carries only what
 * the user chose on the page. Aiko may browse WEB and PAY, not PLAT.
 */
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { ConfluenceSpacesResult, IssueScheduleResult, MacroRaciResult, OverviewResult, ProjectSettingsView, PublishResult } from '../../src/contract';
import {
  adminPageContext,
  issuePanelContext,
  macroContext,
  projectPageContext,
  projectSettingsContext,
} from '../sandbox/forge/module-context';
import { demoApp } from './demo-app';

const demo = demoApp();
const { snapshot } = demo;
const payIssues = snapshot.issues.filter((i) => i.fields.project.key === 'PAY' && i.fields.issuetype.name !== 'Epic').map((i) => i.key);
const [panelIssue = '', otherIssue = ''] = payIssues;

beforeAll(async () => {
  await demo.start();
});

describe('jira:projectPage (issue #12, item 2)', () => {
  const payPage = projectPageContext(snapshot, 'PAY');

  it("answers for the page's project, which the payload need not name", async () => {
    const overview = await demo.call<OverviewResult>('overview/get', {}, 'Aiko', payPage);
    expect(overview.project.key).toBe('PAY');
    expect((await demo.call<OverviewResult>('overview/get', { projectKey: 'PAY' }, 'Aiko', payPage)).project.key).toBe('PAY');
  });

  it("refuses another project's key forged into the payload on PAY's page", async () => {
    await expect(demo.call('overview/get', { projectKey: 'WEB' }, 'Aiko', payPage)).rejects.toThrow(/^FORBIDDEN: .*project this page is in \(PAY\).*WEB/);
    await expect(demo.call('confluence/spaces', { projectKey: 'PLAT', artefact: 'raci' }, 'Aiko', payPage)).rejects.toThrow(/^FORBIDDEN/);
    await expect(demo.call('raci/publish', { projectKey: 'WEB', spaceKey: 'PMO' }, 'Priya', payPage)).rejects.toThrow(/^FORBIDDEN/);
  });
});

describe('jira:issuePanel (issue #12, item 2)', () => {
  const panel = issuePanelContext(snapshot, panelIssue);

  it("answers for the panel's issue, which the payload need not name", async () => {
    const answer = await demo.call<IssueScheduleResult>('schedule/issue', {}, 'Lena', panel);
    expect(answer.issueKey).toBe(panelIssue);
  });

  it("refuses another issue's key, or another project's, forged into the payload", async () => {
    expect(otherIssue).not.toBe(panelIssue);
    await expect(demo.call('schedule/issue', { issueKey: otherIssue }, 'Lena', panel)).rejects.toThrow(new RegExp(`^FORBIDDEN: .*\\(${panelIssue}\\).*${otherIssue}`));
    await expect(demo.call('risks/get', { projectKey: 'WEB' }, 'Lena', panel)).rejects.toThrow(/^FORBIDDEN/);
  });
});

describe('jira:projectSettingsPage (issue #12, item 2)', () => {
  const paySettings = projectSettingsContext(snapshot, 'PAY');

  it("shows the page's project's settings, and refuses another project named in the payload", async () => {
    expect((await demo.call<ProjectSettingsView>('project-settings/get', {}, 'Marcus', paySettings)).project.key).toBe('PAY');
    await expect(demo.call('project-settings/get', { projectKey: 'WEB' }, 'Marcus', paySettings)).rejects.toThrow(/^FORBIDDEN: .*\(PAY\)/);
    await expect(demo.call('project-settings/save', { projectKey: 'WEB', overrides: {} }, 'Marcus', paySettings)).rejects.toThrow(/^FORBIDDEN/);
  });
});

describe('macro (issue #12, item 2)', () => {
  const webMacro = macroContext(snapshot, 'keel-raci-macro', { projectKey: 'WEB' });

  it('shows what its saved config names, which the payload need not repeat', async () => {
    expect((await demo.call<MacroRaciResult>('macro/raci', {}, 'Aiko', webMacro)).scope.projectKey).toBe('WEB');
  });

  it('refuses a config that is not the one saved on the page', async () => {
    await expect(demo.call('macro/raci', { projectKey: 'PAY' }, 'Aiko', webMacro)).rejects.toThrow(/^FORBIDDEN: .*saved settings \(projectKey WEB\)/);
    await expect(demo.call('macro/raci', { jql: 'project = PAY' }, 'Aiko', webMacro)).rejects.toThrow(/^FORBIDDEN: .*saved settings \(no jql\)/);
    const jqlMacro = macroContext(snapshot, 'keel-decision-log-macro', { jql: 'project = WEB' });
    await expect(demo.call('macro/decisions', { projectKey: 'WEB' }, 'Aiko', jqlMacro)).rejects.toThrow(/^FORBIDDEN/);
    const unconfigured = macroContext(snapshot, 'keel-evm-macro', undefined);
    await expect(demo.call('macro/evm', { projectKey: 'PAY' }, 'Aiko', unconfigured)).rejects.toThrow(/^FORBIDDEN/);
  });
});

describe('jira:adminPage and confluence/spaces (issue #12, item 2)', () => {
  it("lets the payload choose the project where the context names none, and tells only PLAT's browsers where PLAT was published", async () => {
    const admin = adminPageContext();
    const published = await demo.call<PublishResult>('raci/publish', { projectKey: 'PLAT', spaceKey: 'PMO' }, 'Priya', projectPageContext(snapshot, 'PLAT'));
    expect(published.created).toBe(true);
    const asPriya = await demo.call<ConfluenceSpacesResult>('confluence/spaces', { projectKey: 'PLAT', artefact: 'raci' }, 'Priya', admin);
    expect(asPriya.lastTarget).toEqual({ spaceKey: 'PMO', parentId: null });
    await expect(demo.call('confluence/spaces', { projectKey: 'PLAT', artefact: 'raci' }, 'Aiko', admin)).rejects.toThrow(/^NOT_FOUND: Project PLAT/);
    await expect(demo.call('confluence/spaces', { projectKey: 'PLAT', artefact: 'raci' }, 'Aiko')).rejects.toThrow(/^NOT_FOUND: Project PLAT/);
  });
});
