/**
 * `keel risks` and `keel analyze`'s `risks` section as a person runs them: a separate process against the
 * demo snapshot, its output and exit code.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { useTempDir } from '../temp-dir';
import { keel } from './run-keel';
import { z } from 'zod';

const tempDir = useTempDir('keel-risks-');

let dir: string;
let demoFile: string;


const risksSection = z.object({
  riskIssueType: z.string(),
  risks: z.array(z.object({ key: z.string(), inherentScore: z.number().nullable(), weightedScore: z.number().nullable(), problems: z.array(z.string()) }).loose()),
  derived: z.array(z.object({ kind: z.string(), title: z.string(), evidence: z.array(z.string()).min(1), issueKeys: z.array(z.string()).min(1) }).loose()),
  heatMap: z.object({ inherent: z.object({ cells: z.array(z.array(z.number()).length(5)).length(5), unplaced: z.number() }) }).loose(),
  setupProblems: z.array(z.string()),
}).loose();

beforeAll(async () => {
  dir = tempDir();
  demoFile = path.join(dir, 'demo.json');
  const made = await keel('demo-snapshot', '--today', '2026-11-16');
  expect(made.code).toBe(0);
  await writeFile(demoFile, made.stdout);
}, 60_000);

describe('keel analyze: the risks section', () => {
  it('holds every risk with its scores, derived risks with evidence, and heat-map counts', async () => {
    const run = await keel('analyze', '--project', 'PAY', '--snapshot', demoFile, '--as-of', '2026-11-16');
    expect(run.code).toBe(0);
    const risks = risksSection.parse((JSON.parse(run.stdout) as { risks: unknown }).risks);
    expect(risks.risks.length).toBeGreaterThanOrEqual(4);
    expect(risks.risks.every((r) => r.inherentScore !== null && r.problems.length === 0)).toBe(true);
    expect(risks.derived.map((d) => d.kind)).toContain('dependency-cycle');
    expect(risks.heatMap.inherent.cells.flat().reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  }, 30_000);
});

describe('keel risks', () => {
  it('prints the register as CSV, one CRLF-ended record per risk, highest score first', async () => {
    const run = await keel('risks', '--project', 'PAY', '--snapshot', demoFile, '--as-of', '2026-11-16', '--csv');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = risksSection.parse(JSON.parse((await keel('risks', '--project', 'PAY', '--snapshot', demoFile, '--as-of', '2026-11-16')).stdout));
    const records = run.stdout.split('\r\n');
    expect(records.at(-1)).toBe('');
    expect(records[0]).toMatch(/^Key,Summary,Status,Category,Owner,Probability,Impact,Score,/);
    expect(records.slice(1, -1).map((r) => r.split(',')[0])).toEqual(json.risks.map((r) => r.key));
    expect(records[1]).toContain(`,${json.risks[0]?.inherentScore ?? ''},`);
  }, 30_000);

  it("respects whose eyes it runs with: Aiko's register names no Platform issue", async () => {
    const run = await keel('risks', '--project', 'PAY', '--snapshot', demoFile, '--user', 'aiko.tanaka@keel-demo.example');
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/PLAT-\d+/);
  }, 30_000);

  it('tells the admin what to map when the risk type does not exist, without failing', async () => {
    const settings = path.join(dir, 'settings.json');
    await writeFile(settings, JSON.stringify({ version: 1, risks: { issueType: 'Hazard' } }));
    const run = await keel('risks', '--project', 'PAY', '--snapshot', demoFile, '--settings', settings);
    expect(run.code).toBe(0);
    const register = risksSection.parse(JSON.parse(run.stdout));
    expect(register.risks).toEqual([]);
    expect(register.setupProblems[0]).toMatch(/^No issues of type "Hazard" in PAY's scope \(types there: .*Risk.*\)/);
  }, 30_000);

  it.each([
    [['risks', '--snapshot', 'x.json', '--csv'], '--project KEY is required'],
    [['risks', '--project', 'PAY', '--snapshot', 'x.json', '--format', 'table'], 'unknown flag --format'],
    [['risks', '--project', 'pay', '--csv'], '--project must be a Jira project key'],
  ])('refuses bad flags in one line, exit code 2: keel %j', async (args, message) => {
    const run = await keel(...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(message);
  });
});
