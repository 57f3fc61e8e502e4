/**
 * The demo's earned value reads like real projects: time logged on leaf work only (so no 'time-on-parents'
 * finding), CPI and SPI near 1 (0.8 to 1.15), and PAY behind on schedule. The status date is the demo's today.
 */
import { afterAll, beforeAll, describe, it, jest } from '@jest/globals';
import { expect } from '../expect';
import { fakeDate, realDate } from '../fake-date';
import type { EvmResult } from '../../src/contract';
import { demoApp } from './demo-app';

const demo = demoApp();
const byProject = new Map<string, EvmResult>();

beforeAll(async () => {
  fakeDate(0);
  jest.setSystemTime(new Date('2026-11-16T12:00:00Z'));
  await demo.start();
  for (const key of ['WEB', 'PAY', 'PLAT']) byProject.set(key, await demo.call<EvmResult>('evm/get', { projectKey: key }, 'Priya'));
}, 60_000);

afterAll(() => {
  realDate();
});

describe('the demo earned value', () => {
  it.each(['WEB', 'PAY', 'PLAT'])('%s: CPI and SPI between 0.8 and 1.15, and no time on parents', (key) => {
    const evm = byProject.get(key);
    expect(evm?.asOf).toBe('2026-11-16');
    for (const figure of [evm?.figures.cpi, evm?.figures.spi]) {
      expect(figure).toBeGreaterThanOrEqual(0.8);
      expect(figure).toBeLessThanOrEqual(1.15);
    }
    expect(evm?.findings.map((f) => f.kind)).not.toContain('time-on-parents');
  });

  it('has PAY behind schedule and behind WEB: SPI and SPI(t) below 1 and below WEB’s', () => {
    const pay = byProject.get('PAY');
    const web = byProject.get('WEB');
    expect(pay?.figures.spi).toBeLessThan(1);
    expect(pay?.figures.spi).toBeLessThan(web?.figures.spi ?? 0);
    expect(pay?.earnedSchedule.spit).toBeLessThan(1);
  });
});
