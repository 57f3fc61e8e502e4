/**
 * `--kvs-file FILE`: the Forge storage a sandbox keeps in a file (`npm start -- --kvs-file FILE`), read by the
 * CLI so `analyze --baseline NAME` finds the baselines saved there. Read-only: the CLI never writes to it.
 */
import { existsSync } from 'node:fs';
import { KvsStore } from '../../test/sandbox/forge/kvs-store';
import type { BaselineKvs } from '../adapters/storage/baseline-store';
import { UsageError } from './usage-error';

export function kvsFileBaselines(file: string): BaselineKvs {
  if (!existsSync(file)) throw new UsageError(`cannot read storage file ${file}: ENOENT (start the sandbox with --kvs-file ${file} and save a baseline first)`);
  let store: KvsStore;
  try {
    store = new KvsStore({ filePath: file });
  } catch (error) {
    throw new UsageError(`storage file ${file} is not a sandbox storage file: ${error instanceof Error ? error.message.split('\n')[0] ?? '' : 'unreadable'}`);
  }
  return {
    get: (key) => Promise.resolve(store.get('kvs', key)?.value),
    queryPrefix: (prefix) => Promise.resolve({ results: store.entries('kvs').filter(([key]) => key.startsWith(prefix)).map(([key, record]) => ({ key, value: record.value })) }),
    set: () => Promise.reject(new UsageError('the CLI does not write to the sandbox storage file')),
    delete: () => Promise.reject(new UsageError('the CLI does not write to the sandbox storage file')),
  };
}
