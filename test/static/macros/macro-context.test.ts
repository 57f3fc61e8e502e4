/** How a macro reads its Forge context: which macro, config dialog or page view, and the saved config. */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { macroConfigOf, macroKindOf, macroSetupOf } from '../../../static/src/macros/macro-context';
import { rolesOf } from '../../../static/src/macros/raci-roles';

describe('macroKindOf', () => {
  it("knows manifest.yml's five macro keys and nothing else", () => {
    expect(macroKindOf('keel-raci-macro')).toBe('raci');
    expect(macroKindOf('keel-decision-log-macro')).toBe('decisions');
    expect(macroKindOf('keel-risk-register-macro')).toBe('risks');
    expect(macroKindOf('keel-evm-macro')).toBe('evm');
    expect(macroKindOf('keel-status-macro')).toBe('status');
    expect(macroKindOf('keel-project-page')).toBeUndefined();
    expect(macroKindOf('toString')).toBeUndefined();
  });
});

describe('macroConfigOf', () => {
  it('reads a project key or a JQL filter, trimmed', () => {
    expect(macroConfigOf({ projectKey: ' WEB ' })).toEqual({ projectKey: 'WEB' });
    expect(macroConfigOf({ jql: ' project = PAY ' })).toEqual({ jql: 'project = PAY' });
    expect(macroConfigOf({ projectKey: '', jql: 'type = Epic' })).toEqual({ jql: 'type = Epic' });
  });

  it('treats nothing, both, a bad key or a wrong shape as not configured', () => {
    expect(macroConfigOf(undefined)).toBeNull();
    expect(macroConfigOf({})).toBeNull();
    expect(macroConfigOf({ projectKey: 'WEB', jql: 'project = WEB' })).toBeNull();
    expect(macroConfigOf({ projectKey: 'web; drop' })).toBeNull();
    expect(macroConfigOf({ projectKey: 42 })).toBeNull();
    expect(macroConfigOf('WEB')).toBeNull();
  });
});

describe('macroSetupOf', () => {
  it('tells the config dialog (macro.isConfiguring) from the page view', () => {
    expect(macroSetupOf('raci', { type: 'macro', config: { jql: 'a = b' }, macro: { isConfiguring: true } })).toEqual({ kind: 'raci', configuring: true, config: { jql: 'a = b' } });
    expect(macroSetupOf('evm', { type: 'macro', config: { projectKey: 'PAY' } })).toEqual({ kind: 'evm', configuring: false, config: { projectKey: 'PAY' } });
    expect(macroSetupOf('risks', null)).toEqual({ kind: 'risks', configuring: false, config: null });
  });
});

describe('rolesOf', () => {
  const person = (accountId: string) => ({ accountId, displayName: accountId, active: true });
  const row = {
    key: 'WEB-1',
    summary: 'Launch',
    status: 'To Do',
    statusCategory: 'todo' as const,
    responsible: [person('a')],
    accountable: [person('a')],
    consulted: [person('b')],
    informed: [person('b'), person('c')],
    accountableSource: 'field' as const,
  };
  it('lists the letters a person holds on a row in R, A, C, I order', () => {
    expect(rolesOf(row, 'a')).toBe('RA');
    expect(rolesOf(row, 'b')).toBe('CI');
    expect(rolesOf(row, 'c')).toBe('I');
    expect(rolesOf(row, 'd')).toBe('');
  });
});
