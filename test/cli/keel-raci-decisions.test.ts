/**
 * `keel analyze`'s `raci` and `decisions` sections as a person runs them: a separate process against the demo
 * snapshot, as Priya (who sees everything) and as Aiko (who may not browse PLAT).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { useTempDir } from '../temp-dir';
import { keel } from './run-keel';
import { z } from 'zod';

const tempDir = useTempDir('keel-raci-');

let demoFile: string;


const people = z.array(z.object({ accountId: z.string(), displayName: z.string(), active: z.boolean() }));
const sections = z.object({
  raci: z.object({
    rows: z.array(z.object({ key: z.string(), responsible: people, accountable: people, consulted: people, informed: people }).loose()),
    people,
    findings: z.array(z.object({ kind: z.string(), issueKeys: z.array(z.string()) }).loose()),
    deliverablesJql: z.string(),
  }).loose(),
  decisions: z.object({
    decisions: z.array(z.object({ key: z.string(), status: z.string(), date: z.string(), outcome: z.string(), supersedes: z.array(z.string()), supersededBy: z.array(z.string()) }).loose()),
    findings: z.array(z.unknown()),
    decisionIssueType: z.string(),
  }).loose(),
}).loose();

beforeAll(async () => {
  demoFile = path.join(tempDir(), 'demo.json');
  const made = await keel('demo-snapshot', '--today', '2026-11-16');
  expect(made.code).toBe(0);
  await writeFile(demoFile, made.stdout);
}, 60_000);

describe('keel analyze: the raci and decisions sections', () => {
  it("holds PAY's epics with their roles, and its decisions newest first with supersedes both ways", async () => {
    const run = await keel('analyze', '--project', 'PAY', '--snapshot', demoFile, '--as-of', '2026-11-16');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { raci, decisions } = sections.parse(JSON.parse(run.stdout));
    expect(raci.rows.length).toBeGreaterThan(3);
    expect(raci.rows.every((r) => r.key.startsWith('PAY-') && r.accountable.length === 1 && r.responsible.length === 1)).toBe(true);
    expect(raci.deliverablesJql).toContain('issuetype = Epic');
    const dates = decisions.decisions.map((d) => d.date);
    expect(dates).toEqual([...dates].sort().reverse());
    const superseding = decisions.decisions.find((d) => d.supersedes.length > 0);
    expect(decisions.decisions.find((d) => d.key === superseding?.supersedes[0])?.supersededBy).toContain(superseding?.key);
  }, 30_000);

  it('fails for Aiko on PLAT, which she may not browse, instead of showing its rows', async () => {
    const run = await keel('analyze', '--project', 'PLAT', '--snapshot', demoFile, '--user', 'aiko.tanaka@keel-demo.example', '--as-of', '2026-11-16');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/PLAT was not found, or you do not have permission to browse it/);
    expect(run.stdout).not.toContain('PLAT-1');
    const web = sections.parse(JSON.parse((await keel('analyze', '--project', 'WEB', '--snapshot', demoFile, '--user', 'aiko.tanaka@keel-demo.example', '--as-of', '2026-11-16')).stdout));
    expect(web.raci.rows.length).toBeGreaterThan(0);
  }, 30_000);
});
