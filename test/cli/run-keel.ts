/** Runs `keel` as a person would: a separate process, its output and exit code. */
import { execFile } from 'node:child_process';
import path from 'node:path';

const KEEL = path.resolve(__dirname, '../../src/cli/keel.cjs');

export function keel(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [KEEL, ...args], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}
