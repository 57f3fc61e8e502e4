/**
 * Tells `record` each storage key the app reads from the sandbox's KVS from now on, so a test can say which keys an
 * answer read (a cold read's chunks, an index instead of the whole forecast). Writes and prefix queries are not reads.
 */
import type { KvsStore } from './kvs-store';

export function recordKvsReads(kvs: KvsStore, record: (key: string) => void): void {
  const get = kvs.get.bind(kvs);
  kvs.get = (namespace, key) => {
    record(key);
    return get(namespace, key);
  };
}
