/**
 * `keel analyze`'s `forecast` section as a person runs it: a separate process against the demo snapshot as Priya,
 * the same forecast the app's `forecast/get` answers (same settings, seed and status date).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { useTempDir } from '../temp-dir';
import { keel } from './run-keel';
import * as z from 'zod/mini';
import { forecastResult } from '../../src/contract';

const tempDir = useTempDir('keel-forecast-');

let demoFile: string;


const section = z.omit(forecastResult, { project: true, scopeJql: true, asOf: true });

beforeAll(async () => {
  demoFile = path.join(tempDir(), 'demo.json');
  const made = await keel('demo-snapshot', '--today', '2026-11-16');
  expect(made.code).toBe(0);
  await writeFile(demoFile, made.stdout);
}, 60_000);

describe('keel analyze: the forecast section', () => {
  it("holds PAY's percentiles, the CPM date's chance, criticality per open issue and what it rests on, reproducibly", async () => {
    const run = await keel('analyze', '--project', 'PAY', '--snapshot', demoFile, '--as-of', '2026-11-16');
    expect(run.stderr).toBe('');
    const forecast = section.parse((JSON.parse(run.stdout) as { forecast: unknown }).forecast);
    expect(forecast.iterations).toBe(4300);
    expect(forecast.percentiles.p10 <= forecast.percentiles.p90).toBe(true);
    expect(forecast.issues.length).toBe(forecast.issueCount);
    expect(forecast.basis.calibration.issueCount).toBeGreaterThan(0);
    const again = section.parse((JSON.parse((await keel('analyze', '--project', 'PAY', '--snapshot', demoFile, '--as-of', '2026-11-16')).stdout) as { forecast: unknown }).forecast);
    expect(again).toEqual(forecast);
  }, 120_000);
});
