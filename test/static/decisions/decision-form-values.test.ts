import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { decisionPayloadOf, emptyDecisionForm } from '../../../static/src/decisions/decision-form-values';

describe('decisionPayloadOf', () => {
  it('turns the typed values into the payload: options one per line, keys split and upper-cased', () => {
    const checked = decisionPayloadOf('WEB', {
      ...emptyDecisionForm('web-2'),
      title: '  Keep redirects ',
      options: 'Keep\n\n  Drop  \n',
      supersedes: 'web-16, WEB-3',
      relatesTo: 'web-2 PAY-9',
    });
    expect(checked).toEqual({
      ok: true,
      payload: { projectKey: 'WEB', title: 'Keep redirects', status: 'proposed', context: '', options: ['Keep', 'Drop'], outcome: '', consequences: '', supersedes: ['WEB-16', 'WEB-3'], relatesTo: ['WEB-2', 'PAY-9'] },
    });
  });

  it('answers every problem at once, keyed by its field', () => {
    const checked = decisionPayloadOf('WEB', { ...emptyDecisionForm(), title: ' ', status: 'decided', supersedes: 'sixteen', relatesTo: 'WEB-0', options: 'x'.repeat(501) });
    expect(checked).toEqual({
      ok: false,
      problems: {
        title: 'give the decision a title',
        options: 'an option is at most 500 characters',
        supersedes: 'use issue keys such as WEB-12',
        relatesTo: 'use issue keys such as WEB-12',
        outcome: 'a decided decision needs its outcome',
      },
    });
  });
});
