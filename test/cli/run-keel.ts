/**
 * Runs `keel` as a person would: a separate process, its output and exit code. `keel` and `keelWith` run the
 * CLI as it is shipped (built-keel.ts); `keelFromSource` runs this repository's src/cli/keel.cjs, through tsx.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { builtKeel } from './built-keel';

const SOURCE_LAUNCHER = path.resolve(__dirname, '../../src/cli/keel.cjs');

export interface KeelRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function keel(...args: string[]): Promise<KeelRun> {
  return keelWith({}, ...args);
}

/** `env` is added to this process's environment (undefined removes a variable); `input` is written to stdin. */
export async function keelWith(options: { env?: Record<string, string | undefined>; input?: string }, ...args: string[]): Promise<KeelRun> {
  return run(await builtKeel(), options, args);
}

/** The repository's own launcher, which runs src/cli/main.ts through tsx. */
export function keelFromSource(...args: string[]): Promise<KeelRun> {
  return run(SOURCE_LAUNCHER, {}, args);
}

function run(launcher: string, options: { env?: Record<string, string | undefined>; input?: string }, args: string[]): Promise<KeelRun> {
  const env = { ...process.env, KEEL_TOKEN: undefined, JIRA_API_TOKEN: undefined, KEEL_PROGRESS: undefined, ...options.env };
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [launcher, ...args], { maxBuffer: 64 * 1024 * 1024, env }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
    child.stdin?.end(options.input ?? '');
  });
}
