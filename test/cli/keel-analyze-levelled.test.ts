/** `keel analyze`'s `levelled` section on the demo snapshot, run as a person runs it (issue #14). */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { useTempDir } from '../temp-dir';
import { z } from 'zod';
import { keel } from './run-keel';

const tempDir = useTempDir('keel-levelled-');

const waitsFor = z.union([
  z.object({ kind: z.enum(['start', 'fixed']) }),
  z.object({ kind: z.literal('predecessor'), key: z.string() }),
  z.object({ kind: z.literal('resource'), resource: z.string(), holder: z.string().nullable() }),
]);
const output = z.object({
  schedule: z.object({ finish: z.string(), issues: z.record(z.string(), z.object({ earlyStart: z.string() }).loose()) }).loose(),
  levelled: z.object({
    cpmFinish: z.string(),
    levelledFinish: z.string(),
    finishDelayDays: z.number().min(0),
    seed: z.number(),
    moved: z.array(z.string()),
    issues: z.record(z.string(), z.object({ levelledStart: z.string(), levelledFinish: z.string(), delayDays: z.number().min(0), resource: z.string().nullable(), waitsFor })),
    findings: z.array(z.object({ kind: z.string(), issueKeys: z.array(z.string()), details: z.array(z.string()) }).loose()),
  }),
});

let demoFile: string;
beforeAll(async () => {
  demoFile = path.join(tempDir(), 'demo.json');
  const made = await keel('demo-snapshot', '--today', '2026-11-16');
  expect(made.code).toBe(0);
  await writeFile(demoFile, made.stdout);
}, 60_000);

describe('keel analyze: levelled', () => {
  it('levels PAY over its assignees: the finish is no earlier than CPM, each move says what it waits for', async () => {
    const run = await keel('analyze', '--project', 'PAY', '--snapshot', demoFile, '--as-of', '2026-11-16');
    expect(run.stderr).toBe('');
    const { schedule, levelled } = output.parse(JSON.parse(run.stdout));
    expect(levelled.cpmFinish).toBe(schedule.finish);
    expect(levelled.levelledFinish >= levelled.cpmFinish).toBe(true);
    for (const [key, issue] of Object.entries(levelled.issues)) {
      expect(issue.levelledStart >= (schedule.issues[key]?.earlyStart ?? '')).toBe(true);
      if (issue.waitsFor.kind === 'predecessor') expect(levelled.issues[issue.waitsFor.key]).toBeDefined();
      if (issue.waitsFor.kind === 'resource' && issue.waitsFor.holder !== null) expect(levelled.issues[issue.waitsFor.holder]?.resource).toBe(issue.waitsFor.resource);
    }
    for (const key of levelled.moved) expect(levelled.issues[key]?.delayDays).toBeGreaterThan(0);
    for (const f of levelled.findings) expect(f.kind.startsWith('levelling-')).toBe(true);
    expect(levelled.moved.length).toBeGreaterThan(0);
  }, 120_000);
});
