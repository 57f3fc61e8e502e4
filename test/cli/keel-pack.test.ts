/**
 * Issue 12, robustness "the CLI installs and runs on its own": exactly what a person does with the package.
 * `npm pack` bundles the CLI with esbuild (`prepack`, run even where npm is set to ignore scripts), the tarball
 * is installed in an empty folder, and its `keel` answers --help and --version without tsx or this repository.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { KEEL_CLI_BUILD } from './built-keel';

const run = promisify(execFile);
const root = path.resolve(__dirname, '../..');
let dir = '';

afterAll(async () => {
  if (dir !== '') await rm(dir, { recursive: true, force: true });
});

describe('issue 12, robustness: the CLI installs and runs on its own', () => {
  it('npm pack, install the tarball in an empty folder, keel --help', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'keel-pack-'));
    const packed = await run('npm', ['pack', '--ignore-scripts=false', '--pack-destination', dir, '--silent'], { cwd: root });
    const tarball = path.join(dir, packed.stdout.trim().split('\n').at(-1) ?? '');
    const home = path.join(dir, 'home');
    await run('mkdir', [home]);
    await writeFile(path.join(home, 'package.json'), JSON.stringify({ name: 'empty', version: '1.0.0', private: true }));
    await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], { cwd: home });
    const keel = path.join(home, 'node_modules', '.bin', 'keel');
    const help = await run(keel, ['--help'], { cwd: home });
    expect(help.stdout).toMatch(/^keel — Keel's analyses from the command line/);
    expect(help.stdout).toContain('keel analyze --project KEY');
    const { version } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { version: string };
    expect((await run(keel, ['--version'], { cwd: home })).stdout).toBe(`keel ${version}\n`);
    // Runs from the bundle: no tsx, and no copy of this repository's sources or tests.
    const installed = path.join(home, 'node_modules', 'keel');
    await expect(readFile(path.join(installed, 'src', 'cli', 'main.ts'))).rejects.toThrow(/ENOENT/);
    await expect(readFile(path.join(home, 'node_modules', 'tsx', 'package.json'))).rejects.toThrow(/ENOENT/);
  }, 120_000);

  it("the other CLI tests' bundle (built-keel.ts) is built as package.json's build:cli builds it", async () => {
    const { scripts } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const { entryPoints, bundle, platform, target, format } = KEEL_CLI_BUILD;
    const flags = `${entryPoints.join(' ')}${bundle ? ' --bundle' : ''} --platform=${platform} --target=${target} --format=${format} --outfile=dist/cli/keel.cjs`;
    expect(scripts['build:cli']).toContain(`esbuild ${flags}`);
  });
});
