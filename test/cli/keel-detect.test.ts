/**
 * `keel detect` as a person runs it: on the demo snapshot it finds the demo site's mappings and prints
 * settings that `keel analyze --settings` accepts; bad flags end in one line and exit code 2.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { keel } from './run-keel';
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { useTempDir } from '../temp-dir';
import { z } from 'zod';
import { settingsSchema } from '../../src/config/settings';

const tempDir = useTempDir('keel-detect-');

let dir: string;
let demoFile: string;


const pick = z.object({ id: z.string(), name: z.string(), reason: z.string() });
const detection = z.object({ chosen: pick.nullable(), reason: z.string(), alternatives: z.array(pick) });
const output = z.object({
  settings: settingsSchema,
  report: z.object({
    fields: z.object({ storyPoints: detection, startDate: detection, dueDate: detection, sprint: detection }),
    durationSource: z.object({ chosen: z.string(), reason: z.string() }),
    linkTypes: z.object({
      mapped: z.array(z.object({ linkType: z.string(), predecessor: z.enum(['outward', 'inward']), kind: z.string(), reason: z.string() }).loose()),
      candidates: z.array(z.object({ linkType: z.string(), reason: z.string() }).loose()),
    }),
    issueTypes: z.object({ risk: detection, decision: detection }),
  }),
});

beforeAll(async () => {
  dir = tempDir();
  demoFile = path.join(dir, 'demo.json');
  const made = await keel('demo-snapshot', '--today', '2026-11-16');
  expect(made.code).toBe(0);
  await writeFile(demoFile, made.stdout);
}, 60_000);

describe('keel detect', () => {
  it('prints the settings detected on the demo snapshot, with the reasons', async () => {
    const run = await keel('detect', '--snapshot', demoFile);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { settings, report } = output.parse(JSON.parse(run.stdout));
    expect(settings.linkMappings).toEqual([
      { linkType: 'Blocks', predecessor: 'outward', kind: 'FS', lagDays: 0 },
      { linkType: 'Gantt Start to Start', predecessor: 'outward', kind: 'SS', lagDays: 0 },
      { linkType: 'Gantt End to Start', predecessor: 'outward', kind: 'FS', lagDays: 0 },
      { linkType: 'Gantt End to End', predecessor: 'outward', kind: 'FF', lagDays: 0 },
    ]);
    expect(settings.fields).toEqual({ storyPoints: 'customfield_10016', startDate: 'customfield_10015', dueDate: 'duedate' });
    expect(settings.issueTypes).toEqual({ risk: 'Risk', decision: 'Decision', notWork: [] });
    expect(report.fields.storyPoints.reason).toMatch(/^both kinds exist/);
    expect(report.fields.storyPoints.alternatives.map((a) => a.name)).toEqual(['Story Points']);
    expect(report.fields.sprint.chosen?.reason).toBe('custom field type gh-sprint');
    expect(report.linkTypes.mapped.find((m) => m.linkType === 'Blocks')?.reason).toContain("outward words 'blocks'");
  });

  it('writes settings that keel analyze accepts', async () => {
    const detected = output.parse(JSON.parse((await keel('detect', '--snapshot', demoFile)).stdout));
    const file = path.join(dir, 'settings.json');
    await writeFile(file, JSON.stringify(detected.settings));
    const run = await keel('analyze', '--project', 'PAY', '--snapshot', demoFile, '--settings', file, '--as-of', '2026-11-16');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it.each([
    [['detect'], 'give a source'],
    [['detect', '--snapshot', 'a.json', '--site', 'https://x.atlassian.net'], 'not both'],
    [['detect', '--site', 'https://x.atlassian.net', '--email', 'a@b.c'], '--site needs an Atlassian API token'],
    [['detect', '--snapshot', 'a.json', '--project', 'PAY'], 'unknown flag --project'],
    [['detect', '--snapshot', '/nonexistent/file.json'], 'cannot read snapshot file /nonexistent/file.json: ENOENT'],
  ])('refuses %j with one line and exit code 2', async (args, message) => {
    const run = await keel(...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
