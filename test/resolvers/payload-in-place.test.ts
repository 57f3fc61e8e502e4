/**
 * Issue #12, item 2, the rule itself: Forge's `context.extension` per module type (modulePlacement), and the
 * payload bound to it (payloadInPlace): filled from the context, refused when it names something else.
 */
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import { modulePlacement } from '../../src/contract/module-placement';
import { payloadInPlace } from '../../src/resolvers/payload-in-place';

const project = { id: '10001', key: 'PAY', type: 'software' };

describe('modulePlacement', () => {
  it.each([
    [{ type: 'jira:projectPage', project }, { module: 'project', projectKey: 'PAY' }],
    [{ type: 'jira:projectSettingsPage', project }, { module: 'project', projectKey: 'PAY' }],
    [{ type: 'jira:issuePanel', issue: { id: '1', key: 'PAY-7' }, project }, { module: 'issue', issueKey: 'PAY-7', projectKey: 'PAY' }],
    [{ type: 'jira:issuePanel', issue: { id: '1', key: 'PAY-7' } }, { module: 'issue', issueKey: 'PAY-7', projectKey: null }],
    [{ type: 'jira:adminPage' }, { module: 'admin' }],
    [{ type: 'macro', config: { projectKey: ' WEB ', jql: '' } }, { module: 'macro', config: { projectKey: 'WEB' } }],
    [{ type: 'macro', config: { jql: 'project = WEB' } }, { module: 'macro', config: { jql: 'project = WEB' } }],
    [{ type: 'macro' }, { module: 'macro', config: null }],
    [{ type: 'macro', config: 'WEB' }, { module: 'macro', config: null }],
    // A project page without its project, an unknown module, no extension: the context names no place.
    [{ type: 'jira:projectPage' }, { module: 'none' }],
    [{ type: 'jira:dashboardGadget' }, { module: 'none' }],
    [undefined, { module: 'none' }],
  ])('reads %j as %j', (extension, placement) => {
    expect(modulePlacement(extension)).toEqual(placement);
  });
});

describe('payloadInPlace', () => {
  const page = modulePlacement({ type: 'jira:projectPage', project });
  const panel = modulePlacement({ type: 'jira:issuePanel', issue: { id: '1', key: 'PAY-7' }, project });
  const macro = modulePlacement({ type: 'macro', config: { projectKey: 'WEB' } });

  it('fills what the context names and keeps what the user chose', () => {
    expect(payloadInPlace({ spaceKey: 'PMO' }, page)).toEqual({ spaceKey: 'PMO', projectKey: 'PAY' });
    expect(payloadInPlace(undefined, panel)).toEqual({ issueKey: 'PAY-7', projectKey: 'PAY' });
    expect(payloadInPlace({ projectKey: 'WEB' }, macro)).toEqual({ projectKey: 'WEB' });
  });

  it('refuses a payload naming another project, issue or config, whatever its type', () => {
    expect(() => payloadInPlace({ projectKey: 'PLAT' }, page)).toThrow(/project this page is in \(PAY\), not for projectKey PLAT/);
    expect(() => payloadInPlace({ projectKey: ['PAY'] }, page)).toThrow(/not for projectKey \["PAY"\]/);
    expect(() => payloadInPlace({ issueKey: 'PAY-8' }, panel)).toThrow(/issue this panel is on \(PAY-7\)/);
    expect(() => payloadInPlace({ jql: 'project = PAY' }, macro)).toThrow(/saved settings \(no jql\)/);
  });

  it('leaves the payload alone where the context names nothing', () => {
    const payload = { projectKey: 'PLAT', level: 'global' };
    expect(payloadInPlace(payload, modulePlacement({ type: 'jira:adminPage' }))).toBe(payload);
    expect(payloadInPlace('not an object', page)).toBe('not an object');
  });
});
