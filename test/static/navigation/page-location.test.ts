/** The project page's place in the address (issue #13, links and navigation): tab, then the tab's linkable state. */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { pageLocationOf, pathOf, samePageLocation } from '../../../static/src/navigation/page-location';
import { heatCellOf, heatCellParam } from '../../../static/src/risks/heat-cell-param';
import { issueAddress, setSiteUrl } from '../../../static/src/navigation/site-address';
import { isPlainClick } from '../../../static/src/navigation/plain-click';

const TABS = ['overview', 'dependencies', 'risks'] as const;

describe('the project page location', () => {
  it.each([
    { pathname: '/risks', search: '?cell=inherent-4-3', tab: 'risks', params: { cell: 'inherent-4-3' } },
    { pathname: '/dependencies', search: '?focus=PAY-12', tab: 'dependencies', params: { focus: 'PAY-12' } },
    { pathname: '/', search: '', tab: 'overview', params: {} },
    // An unknown tab is the default view, and its query is not read as another tab's state.
    { pathname: '/gantt', search: '?focus=PAY-1', tab: 'overview', params: {} },
    { pathname: '/risks/', search: '?cell=', tab: 'risks', params: {} },
  ])('reads $pathname$search as $tab', ({ pathname, search, tab, params }) => {
    expect(pageLocationOf({ pathname, search }, TABS, 'overview')).toEqual({ tab, params });
  });

  it('writes the path the reader reads back, parameters in name order', () => {
    const location = { tab: 'dependencies' as const, params: { focus: 'PAY-12', a: 'b c' } };
    expect(pathOf(location)).toBe('/dependencies?a=b+c&focus=PAY-12');
    const [path, search] = pathOf(location).split('?');
    expect(pageLocationOf({ pathname: path ?? '', search: `?${search ?? ''}` }, TABS, 'overview')).toEqual(location);
    expect(pathOf({ tab: 'risks', params: {} })).toBe('/risks');
    expect(samePageLocation({ tab: 'risks', params: { a: '1', b: '2' } }, { tab: 'risks', params: { b: '2', a: '1' } })).toBe(true);
  });
});

describe('a heat cell in the address', () => {
  it('round-trips a cell and refuses what is not on the 5x5 grid', () => {
    expect(heatCellParam({ which: 'inherent', probability: 4, impact: 3 })).toBe('inherent-4-3');
    expect(heatCellOf('residual-2-5')).toEqual({ which: 'residual', probability: 2, impact: 5 });
    for (const bad of [null, '', 'inherent-6-1', 'inherent-0-1', 'other-1-1', 'inherent-1-1-1']) expect(heatCellOf(bad)).toBeNull();
  });
});

describe('an issue link', () => {
  it('carries the site address from the context', () => {
    setSiteUrl('https://acme.atlassian.net/');
    expect(issueAddress('PAY-12')).toBe('https://acme.atlassian.net/browse/PAY-12');
    setSiteUrl(undefined);
    expect(issueAddress('PAY-12')).toBe('/browse/PAY-12');
  });

  it('leaves a middle-click or a modified click to the browser', () => {
    const plain = { button: 0, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false };
    expect(isPlainClick(plain)).toBe(true);
    expect(isPlainClick({ ...plain, button: 1 })).toBe(false);
    expect(isPlainClick({ ...plain, ctrlKey: true })).toBe(false);
    expect(isPlainClick({ ...plain, metaKey: true })).toBe(false);
    expect(isPlainClick({ ...plain, shiftKey: true })).toBe(false);
  });
});
