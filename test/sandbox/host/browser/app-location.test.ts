/** The sandbox's emulation of Forge's router and history addresses (issue #13). */
import { describe, it } from '@jest/globals';
import { expect } from '../../../expect';
import { appLocationOf, hostUrlWith, parseAppPath, resolveTarget } from './app-location';
import { browseRedirect } from '../browse-redirect';

describe('the module location in the host address', () => {
  it('keeps the module path in the `path` parameter, beside the host\'s own', () => {
    const host = new URL('http://127.0.0.1:1/?user=priya%40example.com&module=keel-project-page');
    const moved = hostUrlWith(host, parseAppPath('/risks?cell=inherent-4-3'));
    expect(moved.searchParams.get('user')).toBe('priya@example.com');
    expect(moved.searchParams.get('path')).toBe('/risks?cell=inherent-4-3');
    expect(appLocationOf(moved)).toEqual({ pathname: '/risks', search: '?cell=inherent-4-3', hash: '', state: null });
    expect(hostUrlWith(moved, parseAppPath('/')).searchParams.has('path')).toBe(false);
    expect(appLocationOf(host).pathname).toBe('/');
  });

  it('resolves push targets as the history package does', () => {
    const current = parseAppPath('/risks?cell=inherent-4-3');
    expect(resolveTarget('/dependencies', current, { a: 1 })).toEqual({ pathname: '/dependencies', search: '', hash: '', state: { a: 1 } });
    expect(resolveTarget({ search: 'focus=PAY-1' }, current, undefined)).toEqual({ pathname: '/risks', search: '?focus=PAY-1', hash: '', state: null });
  });
});

describe('/browse/KEY', () => {
  it('leads to the issue view for the user signed in on this browser', () => {
    const target = browseRedirect('/browse/pay-12', 'x=1; keel-sandbox-user=aiko%40example.com');
    expect(target).toBeDefined();
    const query = new URLSearchParams((target ?? '').slice(2));
    expect(query.get('issue')).toBe('PAY-12');
    expect(query.get('project')).toBe('PAY');
    expect(query.get('user')).toBe('aiko@example.com');
    expect(query.get('module')).toBe('keel-issue-panel');
    expect(browseRedirect('/browse/nothing', undefined)).toBeUndefined();
  });
});
