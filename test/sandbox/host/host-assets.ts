/**
 * The host page's own files: its stylesheet and its two scripts (the host page's, and the bridge preamble that
 * runs in the module iframe), bundled in memory by esbuild when the sandbox starts
 * (whose service is stopped after, see esbuild-build.ts).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildThenStop } from '../../esbuild-build';

export interface HostAssets {
  'host.js': string;
  'bridge-preamble.js': string;
  'host.css': string;
}

async function bundle(entry: string): Promise<string> {
  const result = await buildThenStop({
    entryPoints: [join(__dirname, 'browser', entry)],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: ['es2022'],
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild produced nothing for ${entry}`);
  return output.text;
}

export async function buildHostAssets(): Promise<HostAssets> {
  const [hostJs, preambleJs, hostCss] = await Promise.all([
    bundle('host-client.ts'),
    bundle('bridge-preamble.ts'),
    readFile(join(__dirname, 'host.css'), 'utf8'),
  ]);
  return { 'host.js': hostJs, 'bridge-preamble.js': preambleJs, 'host.css': hostCss };
}
