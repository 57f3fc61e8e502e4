/**
 * A scenario's difference rendered to markup: a plan too large to forecast while you wait says so, in the place
 * the forecast line would be, rather than leaving the forecast out silently (scenarioIterations: null).
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import type { ScenarioDiffView } from '@contract';
import { ScenarioDiff } from '../../../static/src/scenarios/scenario-diff';

const diff: ScenarioDiffView = {
  finish: { live: '2027-06-30', scenario: '2027-07-02', days: 2 },
  durationDays: { live: 300, scenario: 302 },
  levelledFinish: null,
  criticalIn: [],
  criticalOut: [],
  forecast: null,
  forecastLeftOut: 'Not forecast: 50,000 activities and 150,000 links are too many to simulate twice while you wait (a call has 25 s).',
  milestones: [],
  moved: [],
  movedCount: 0,
  targets: [],
  newCycles: [],
  problems: [],
};

describe('ScenarioDiff', () => {
  it('says why a scenario is not forecast', () => {
    const html = renderToStaticMarkup(<ScenarioDiff diff={diff} />);
    expect(html).toContain('data-testid="scenario-forecast-left-out"');
    expect(html).toContain('Not forecast: 50,000 activities and 150,000 links are too many to simulate twice while you wait');
  });

  it('says nothing of it when the scenario is forecast or nothing was left out', () => {
    expect(renderToStaticMarkup(<ScenarioDiff diff={{ ...diff, forecastLeftOut: null }} />)).not.toContain('scenario-forecast-left-out');
  });
});
