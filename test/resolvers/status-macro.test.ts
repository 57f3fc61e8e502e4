/**
 * The "Keel status" macro end to end (issue 16, items 2 and 7): the live verdict of the project its saved config
 * names, read as the person viewing the page, the same verdict as the project page's; a JQL filter is refused
 * with what to do, a project the reader may not browse is "not found", and a payload naming another project than
 * the macro's config is refused.
 */
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { StatusResult } from '../../src/contract';
import { macroContext } from '../sandbox/forge/module-context';
import { demoApp } from './demo-app';

const demo = demoApp();

beforeAll(async () => {
  await demo.start();
});

describe('macro/status', () => {
  it("shows PAY's live verdict for the macro's project, as the project page shows it", async () => {
    const inMacro = macroContext(demo.snapshot, 'keel-status-macro', { projectKey: 'PAY' });
    const macro = await demo.call<StatusResult>('macro/status', {}, 'Lena', inMacro);
    const page = await demo.call<StatusResult>('status/get', { projectKey: 'PAY' }, 'Lena');
    expect(macro.project.key).toBe('PAY');
    expect(macro.headline).toBe(page.headline);
    expect(macro.status).toBe(page.status);
    expect(macro.finishes.find((f) => f.analysis === 'critical path')).toEqual(page.finishes.find((f) => f.analysis === 'critical path'));
    expect(demo.site.specViolations).toEqual([]);
  });

  it('refuses a JQL filter, and answers only for the project its config names', async () => {
    await expect(demo.call('macro/status', { jql: 'project = PAY' }, 'Priya')).rejects.toThrow('BAD_REQUEST: The Keel status macro shows one project, not a JQL filter: edit the macro and pick a project.');
    const inMacro = macroContext(demo.snapshot, 'keel-status-macro', { projectKey: 'PAY' });
    await expect(demo.call('macro/status', { projectKey: 'WEB' }, 'Priya', inMacro)).rejects.toThrow(/^FORBIDDEN/);
  });

  it('tells a reader who may not browse the project that it is not found, and reads nothing of it', async () => {
    const inMacro = macroContext(demo.snapshot, 'keel-status-macro', { projectKey: 'PLAT' });
    await expect(demo.call('macro/status', {}, 'Aiko', inMacro)).rejects.toThrow(/^NOT_FOUND/);
  });
});
