/** Runs `keel` as a person would: a separate process, its output and exit code. */
import { execFile } from 'node:child_process';
import path from 'node:path';

const KEEL = path.resolve(__dirname, '../../src/cli/keel.cjs');

export interface KeelRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function keel(...args: string[]): Promise<KeelRun> {
  return keelWith({}, ...args);
}

/** `env` is added to this process's environment (undefined removes a variable); `input` is written to stdin. */
export function keelWith(options: { env?: Record<string, string | undefined>; input?: string }, ...args: string[]): Promise<KeelRun> {
  const env = { ...process.env, KEEL_TOKEN: undefined, JIRA_API_TOKEN: undefined, KEEL_PROGRESS: undefined, ...options.env };
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [KEEL, ...args], { maxBuffer: 64 * 1024 * 1024, env }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
    child.stdin?.end(options.input ?? '');
  });
}
