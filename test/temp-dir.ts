/**
 * A temporary folder for one test file: made before its tests, removed after them, so a run leaves nothing in the
 * system's temp folder. Call it at the top of the file (its hooks then run before the file's own); read the path
 * inside hooks and tests.
 */
import { afterAll, beforeAll } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function useTempDir(prefix: string): () => string {
  let dir: string | undefined;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), prefix));
  });
  afterAll(async () => {
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });
  return () => {
    if (dir === undefined) throw new Error('useTempDir: the folder exists only inside hooks and tests');
    return dir;
  };
}
