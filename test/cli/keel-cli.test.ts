/**
 * `keel` as a person runs it: a separate process, its output and exit code. Bad input must end in one line
 * naming the problem and exit code 2.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { keel, keelFromSource } from './run-keel';
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { useTempDir } from '../temp-dir';
import { z } from 'zod';

const tempDir = useTempDir('keel-cli-');

let dir: string;
let demoFile: string;


const analysis = z.object({
  schemaVersion: z.literal(1),
  project: z.object({ key: z.string(), name: z.string() }),
  asOf: z.string(),
  scopeJql: z.string(),
  viewer: z.string(),
  overview: z.object({
    issueCount: z.number(),
    byType: z.array(z.object({ type: z.string(), total: z.number() }).loose()),
    linksByType: z.array(z.object({ name: z.string(), count: z.number(), mappedAs: z.string().nullable() })),
    findings: z.array(z.object({ kind: z.string(), issueKeys: z.array(z.string()), count: z.number() }).loose()),
    hiddenLinksChecked: z.boolean(),
  }),
  schedule: z.object({
    start: z.string(),
    finish: z.string(),
    criticalPath: z.array(z.string()),
    issues: z.record(
      z.string(),
      z.object({
        earlyStart: z.string(),
        earlyFinish: z.string(),
        lateStart: z.string(),
        lateFinish: z.string(),
        durationDays: z.number(),
        totalSlackDays: z.number(),
        freeSlackDays: z.number(),
        critical: z.boolean(),
      }).loose(),
    ),
    cycles: z.array(z.array(z.string())),
    suggestedCuts: z.array(z.object({ linkId: z.string(), from: z.string(), to: z.string(), kind: z.string() })),
  }).loose(),
});

beforeAll(async () => {
  dir = tempDir();
  demoFile = path.join(dir, 'demo.json');
  // Through the repository's own launcher and tsx, as `npx keel` runs here; the other runs use the bundle.
  const made = await keelFromSource('demo-snapshot', '--today', '2026-11-16');
  expect(made.code).toBe(0);
  await writeFile(demoFile, made.stdout);
}, 60_000);

describe('keel analyze', () => {
  it('prints the overview of a snapshot as JSON', async () => {
    const run = await keel('analyze', '--project', 'PAY', '--snapshot', demoFile, '--as-of', '2026-11-16');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = analysis.parse(JSON.parse(run.stdout));
    expect(result).toMatchObject({ project: { key: 'PAY' }, asOf: '2026-11-16', scopeJql: 'project = "PAY"' });
    expect(result.overview.issueCount).toBeGreaterThan(100);
    expect(result.overview.findings.map((f) => f.kind)).toContain('link-outside-scope');
    // The schedule section: every critical issue has no slack, the project ends when the last one does.
    expect(result.schedule.criticalPath.length).toBeGreaterThan(0);
    for (const key of result.schedule.criticalPath) expect(result.schedule.issues[key]?.totalSlackDays).toBeLessThanOrEqual(0);
    expect(result.schedule.criticalPath.map((k) => result.schedule.issues[k]?.earlyFinish)).toContain(result.schedule.finish);
    expect(result.schedule.cycles).toHaveLength(1);
    expect(result.schedule.suggestedCuts[0]?.from).toMatch(/^PAY-/);
  });

  it('runs as another user with --user, who sees fewer links', async () => {
    const priya = analysis.parse(JSON.parse((await keel('analyze', '--project', 'PAY', '--snapshot', demoFile)).stdout));
    const aiko = analysis.parse(JSON.parse((await keel('analyze', '--project', 'PAY', '--snapshot', demoFile, '--user', 'aiko.tanaka@keel-demo.example')).stdout));
    const links = (r: z.infer<typeof analysis>) => r.overview.linksByType.reduce((s, l) => s + l.count, 0);
    expect(links(aiko)).toBeLessThan(links(priya));
  });

  it('issue 12, robustness: a partial settings file merges over the defaults section by section ({"version":2} keeps the link mappings)', async () => {
    const partial = path.join(dir, 'partial-settings.json');
    await writeFile(partial, JSON.stringify({ version: 2 }));
    const plain = analysis.parse(JSON.parse((await keel('analyze', '--project', 'WEB', '--snapshot', demoFile, '--as-of', '2026-11-16')).stdout));
    const run = await keel('analyze', '--project', 'WEB', '--snapshot', demoFile, '--as-of', '2026-11-16', '--settings', partial);
    expect(run.stderr).toBe('');
    const merged = analysis.parse(JSON.parse(run.stdout));
    expect(merged.schedule.criticalPath).toHaveLength(5);
    expect(merged.schedule.criticalPath).toEqual(plain.schedule.criticalPath);
    expect(merged.overview.linksByType.find((l) => l.name === 'Blocks')?.mappedAs).not.toBeNull();
  });

  it('prints a table with --format table', async () => {
    const run = await keel('analyze', '--project', 'WEB', '--snapshot', demoFile, '--format', 'table');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^WEB Website migration: \d+ issues in scope/);
    expect(run.stdout).toContain('Link type');
    expect(run.stdout).toMatch(/Schedule: \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}/);
  });

  it.each([
    [['analyze', '--snapshot', 'x.json'], '--project KEY is required'],
    [['analyze', '--project', 'pay', '--snapshot', 'x.json'], 'must be a Jira project key'],
    [['analyze', '--project', 'PAY', '--snapshot', 'x.json', '--as-of', '2026-13-45'], 'YYYY-MM-DD'],
    [['analyze', '--project', 'PAY'], 'give a source'],
    [['analyze', '--project', 'PAY', '--site', 'https://x.atlassian.net'], '--site needs --email'],
    [['analyze', '--project', 'PAY', '--snapshot', '/nonexistent/file.json'], 'cannot read snapshot file /nonexistent/file.json: ENOENT'],
    [['analyze', '--project', 'PAY', '--bogus', '1'], 'unknown flag --bogus'],
    [['frobnicate'], 'unknown command "frobnicate"'],
  ])('refuses %j with one line and exit code 2', async (args, message) => {
    const run = await keel(...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('issue 12, robustness: the CLI refuses plain http:// except on loopback', async () => {
    const refused = await keel('analyze', '--project', 'PAY', '--site', 'http://x.atlassian.net', '--email', 'a@b.c', '--token', 't');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/keel: --site must use https:\/\/ \(the API token would cross the network unencrypted\); plain http:\/\/ is for this machine only/);
    // Loopback is allowed: the refusal is then the network's (nothing listens on port 9), not the URL's.
    const loopback = await keel('analyze', '--project', 'PAY', '--site', 'http://127.0.0.1:9', '--email', 'a@b.c', '--token', 't');
    expect(loopback.code).toBe(1);
    expect(loopback.stderr).not.toMatch(/must use https/);
  });

  it.each(['analyze', 'detect', 'risks', 'publish', 'demo-snapshot'])('issue 12, robustness: the CLI answers --help on every command (%s)', async (command) => {
    const run = await keel(command, '--help');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`keel ${command} `);
    expect(run.stdout).toContain('KEEL_TOKEN');
  });

  it('issue 12, robustness: the CLI answers --version', async () => {
    const run = await keel('--version');
    expect(run).toEqual({ code: 0, stdout: `keel ${(JSON.parse(await readFile(path.resolve(__dirname, '../../package.json'), 'utf8')) as { version: string }).version}\n`, stderr: '' });
  });

  it('refuses a file that is not a snapshot, naming where it fails', async () => {
    const bad = path.join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ schemaVersion: 1, site: { baseUrl: 'not a url', name: 'x' } }));
    const run = await keel('analyze', '--project', 'PAY', '--snapshot', bad);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^keel: snapshot file .*bad\.json does not match the snapshot schema: site\.baseUrl/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);

    const notJson = path.join(dir, 'not.json');
    await writeFile(notJson, 'hello');
    expect((await keel('analyze', '--project', 'PAY', '--snapshot', notJson)).stderr).toContain('is not JSON');
  });

  it('names a project the user cannot browse, exit code 1', async () => {
    const run = await keel('analyze', '--project', 'PLAT', '--snapshot', demoFile, '--user', 'aiko.tanaka@keel-demo.example');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Project PLAT was not found, or you do not have permission to browse it');
  });
});
