/**
 * `keel analyze`'s `evm` section as a person gets it: a separate process on the demo snapshot, every figure as
 * of `--as-of`, the baseline used and the time series; a named baseline from a sandbox's storage file.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { useTempDir } from '../temp-dir';
import type { ResolverResult } from '../../src/contract';
import { demoSnapshot } from '../sandbox/demo/demo-snapshot';
import { installForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { KvsStore } from '../sandbox/forge/kvs-store';
import { createSite } from '../sandbox/site';
import { keel } from './run-keel';
import { z } from 'zod';

const tempDir = useTempDir('keel-cli-evm-');

let demoFile: string;
let dir: string;


const money = z.number();
const maybe = z.number().nullable();
const perEac = z.object({ cpi: maybe, budgetRate: maybe, cpiTimesSpi: maybe, bottomUp: maybe });
const evmSection = z.object({
  currency: z.string(),
  baseline: z.object({ name: z.string(), description: z.string() }),
  period: z.enum(['day', 'week']),
  figures: z.object({ bac: money, pv: money, ev: money, ac: money, sv: money, cv: money, spi: maybe, cpi: maybe, eac: perEac, etc: perEac, vac: perEac, tcpiBac: maybe, tcpiEac: perEac }),
  earnedSchedule: z.object({ es: z.number(), at: z.number(), spit: maybe, forecastFinish: z.string().nullable() }).loose(),
  notDefined: z.array(z.object({ figure: z.string(), reason: z.string() })),
  series: z.array(z.object({ date: z.string(), pv: money, ev: maybe, ac: maybe })),
  epics: z.array(z.object({ key: z.string().nullable(), bac: money, ev: money, ac: money }).loose()),
  findings: z.array(z.object({ kind: z.string(), effect: z.string(), count: z.number() }).loose()),
});

beforeAll(async () => {
  dir = tempDir();
  demoFile = path.join(dir, 'demo.json');
  const made = await keel('demo-snapshot', '--today', '2026-11-16');
  expect(made.code).toBe(0);
  await writeFile(demoFile, made.stdout);
}, 60_000);

describe('keel analyze: the evm section', () => {
  it('gives every figure as of --as-of with the baseline used and the series up to it', async () => {
    const run = await keel('analyze', '--project', 'PAY', '--snapshot', demoFile, '--as-of', '2026-11-16', '--baseline', 'current');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { evm } = z.object({ evm: evmSection }).parse(JSON.parse(run.stdout));
    const { bac, ev, ac, pv, cpi } = evm.figures;
    expect(bac).toBeGreaterThan(0);
    expect(ev).toBeGreaterThan(0);
    expect(ev).toBeLessThanOrEqual(bac);
    expect(cpi).toBeCloseTo(ev / ac, 3);
    expect(evm.epics.reduce((sum, e) => sum + e.bac, 0)).toBeCloseTo(bac, 2);
    // The CLI reads all history: nothing assumed.
    expect(evm.findings.map((f) => f.kind)).not.toContain('history-assumed');
    const known = evm.series.filter((p) => p.ev !== null);
    expect(known.every((p) => p.date <= '2026-11-16')).toBe(true);
    expect(known.at(-1)?.pv ?? Number.NaN).toBeLessThanOrEqual(pv);
    expect(evm.series.filter((p) => p.ev === null).every((p) => p.date > '2026-11-16')).toBe(true);
  });

  it('takes an earlier --as-of: less earned and spent, EV and AC stop there', async () => {
    const now = z.object({ evm: evmSection }).parse(JSON.parse((await keel('analyze', '--project', 'PAY', '--snapshot', demoFile, '--as-of', '2026-11-16')).stdout));
    const then = z.object({ evm: evmSection }).parse(JSON.parse((await keel('analyze', '--project', 'PAY', '--snapshot', demoFile, '--as-of', '2026-10-15')).stdout));
    expect(then.evm.figures.ac).toBeLessThan(now.evm.figures.ac);
    expect(then.evm.figures.ev).toBeLessThanOrEqual(now.evm.figures.ev);
    expect(then.evm.series.filter((p) => p.ac !== null).every((p) => p.date <= '2026-10-15')).toBe(true);
  });

  it('refuses a named baseline without the storage it was saved in, in one line with exit code 2', async () => {
    const run = await keel('analyze', '--project', 'PAY', '--snapshot', demoFile, '--baseline', 'sprint-1');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--baseline "sprint-1" needs the storage it was saved in');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('measures against a baseline saved in the sandbox, read from its storage file', async () => {
    // The sandbox the CLI reads: the same demo site, its Forge storage kept in a file, as `npm start -- --kvs-file` does.
    const kvsFile = path.join(dir, 'kvs.json');
    const snapshot = demoSnapshot({ today: '2026-11-16' });
    const runtime = installForgeRuntime({ site: createSite(snapshot), kvs: new KvsStore({ filePath: kvsFile }) });
    const { resolver } = await import('../../src/index');
    const priya = snapshot.users.find((u) => u.displayName.startsWith('Priya'))?.accountId ?? '';
    const made = (await runtime.invokeResolver(resolver, { functionKey: 'baselines/create', payload: { projectKey: 'PAY', name: 'kickoff' }, accountId: priya })) as ResolverResult<{ bac: number }>;
    runtime.uninstall();
    if (!made.ok) throw new Error(made.error.message);

    const run = await keel('analyze', '--project', 'PAY', '--snapshot', demoFile, '--kvs-file', kvsFile, '--baseline', 'kickoff', '--as-of', '2026-11-16');
    expect(run.stderr).toBe('');
    const result = z.object({ evm: evmSection }).parse(JSON.parse(run.stdout));
    expect(result.evm.baseline.name).toBe('kickoff');
    expect(result.evm.figures.bac).toBeCloseTo(made.data.bac, 2);

    const missing = await keel('analyze', '--project', 'PAY', '--snapshot', demoFile, '--kvs-file', kvsFile, '--baseline', 'nope');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('PAY has no baseline named "nope"');
  });
});
