/** The publish form's parent page: an id or a page's address, as people copy it from the browser. */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { parentPageId } from '../../../static/src/publish/parent-page-id';

describe('parentPageId', () => {
  it.each([
    ['', null],
    ['  ', null],
    ['163842', '163842'],
    [' 163842 ', '163842'],
    ['https://keel-demo.atlassian.net/wiki/spaces/PMO/pages/163842/Payment+gateway+weekly+status', '163842'],
    ['http://127.0.0.1:3000/wiki/spaces/PMO/pages/163842', '163842'],
    ['https://keel-demo.atlassian.net/wiki/pages/viewpage.action?pageId=163842', '163842'],
  ])('reads %j as parent %j', (input, id) => {
    expect(parentPageId(input)).toEqual({ id });
  });

  it.each(['home', '0', '-5', 'https://keel-demo.atlassian.net/wiki/spaces/PMO/overview', '12ab', 'https://x/wiki/spaces/PMO/pages/12ab'])('refuses %j', (input) => {
    expect(parentPageId(input)).toBeNull();
  });
});
