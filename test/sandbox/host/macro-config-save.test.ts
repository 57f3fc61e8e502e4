/** The host's `view.submit({ config })`: the config lands on the one macro node it belongs to. */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { setMacroConfig } from './browser/macro-config-save';

const macro = (localId: string, guestParams?: Record<string, string>) => ({
  type: 'extension',
  attrs: { extensionType: 'com.atlassian.ecosystem', extensionKey: 'k', localId, parameters: { extensionTitle: 'T', ...(guestParams ? { guestParams } : {}) } },
});

describe('setMacroConfig', () => {
  it('replaces guestParams of the macro with that localId only, nested anywhere, keeping its other parameters', () => {
    const doc = { type: 'doc', content: [macro('a', { projectKey: 'WEB' }), { type: 'layoutSection', content: [{ type: 'layoutColumn', content: [macro('b')] }] }] };
    expect(setMacroConfig(doc, 'b', { jql: 'project = PAY' })).toBe(true);
    expect(doc.content[0]).toEqual(macro('a', { projectKey: 'WEB' }));
    expect(JSON.stringify(doc.content[1])).toContain('"parameters":{"extensionTitle":"T","guestParams":{"jql":"project = PAY"}}');
  });

  it('answers false when the macro is no longer on the page', () => {
    expect(setMacroConfig({ type: 'doc', content: [macro('a')] }, 'gone', { projectKey: 'WEB' })).toBe(false);
  });
});
