import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { backgroundIterations } from '../../../src/domain/forecast/background-iterations';

describe('backgroundIterations (the background forecast within Forge\'s 900 s)', () => {
  const wanted = { iterations: 4300, riskRuns: 10, riskIterations: 1000 };
  it('runs everything asked for on a 1,000-issue project', () => {
    expect(backgroundIterations({ issues: 1000, links: 3000 }, wanted)).toEqual({ iterations: 4300, riskRuns: 10 });
  });
  it('drops the risk runs, then cuts the main run, at 50,000 issues and 150,000 links (the doc comment example)', () => {
    // 600 s x 1.1 M units / 200,000 units = 3,300 iterations: fewer than the 4,300 asked, none left for risks.
    expect(backgroundIterations({ issues: 50_000, links: 150_000 }, wanted)).toEqual({ iterations: 3300, riskRuns: 0 });
  });
  it('keeps some risk runs when the main run leaves room, and never goes under 100 iterations', () => {
    expect(backgroundIterations({ issues: 20_000, links: 60_000 }, wanted)).toEqual({ iterations: 4300, riskRuns: 3 });
    expect(backgroundIterations({ issues: 10_000_000, links: 30_000_000 }, wanted)).toEqual({ iterations: 100, riskRuns: 0 });
  });
});
