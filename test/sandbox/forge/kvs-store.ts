/**
 * The sandbox's Forge storage: one ordered map per namespace (plain keys, secrets, each custom entity), with
 * Forge's TTL semantics (an expired record reads as absent). Optionally persisted to a JSON file so
 * `npm start` keeps settings between restarts; the file is rewritten whole after each change (sandbox sizes).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

/** `kvs` for `kvs.get/set`, `secret` for `kvs.getSecret/setSecret`, `entity:<name>` for custom entities. */
export type KvsNamespace = 'kvs' | 'secret' | `entity:${string}`;

export interface KvsRecord {
  value: unknown;
  /** Seconds since the epoch, as Forge answers `createdAt` / `updatedAt`. */
  createdAt: number;
  updatedAt: number;
  /** ISO instant after which the record is gone. */
  expireTime?: string;
}

const recordSchema = z.object({
  value: z.unknown(),
  createdAt: z.number(),
  updatedAt: z.number(),
  expireTime: z.string().optional(),
});
const fileSchema = z.record(z.string(), z.record(z.string(), recordSchema));

export interface KvsStoreOptions {
  /** JSON file to load at start and rewrite after each change. */
  filePath?: string;
  /** Clock in milliseconds, for TTL tests. */
  now?: () => number;
}

export class KvsStore {
  private readonly namespaces = new Map<string, Map<string, KvsRecord>>();
  private readonly now: () => number;

  constructor(private readonly options: KvsStoreOptions = {}) {
    this.now = options.now ?? Date.now;
    if (options.filePath !== undefined) this.load(options.filePath);
  }

  get(namespace: KvsNamespace, key: string): KvsRecord | undefined {
    const record = this.namespace(namespace).get(key);
    if (record?.expireTime !== undefined && Date.parse(record.expireTime) <= this.now()) {
      this.namespace(namespace).delete(key);
      return undefined;
    }
    return record;
  }

  /** Writes `value`; `ttlMs` makes the record expire. Answers the previous and the new record. */
  set(namespace: KvsNamespace, key: string, value: unknown, ttlMs?: number): { previous?: KvsRecord; latest: KvsRecord } {
    const previous = this.get(namespace, key);
    const nowMs = this.now();
    const seconds = Math.floor(nowMs / 1000);
    const latest: KvsRecord = {
      value,
      createdAt: previous?.createdAt ?? seconds,
      updatedAt: seconds,
      ...(ttlMs === undefined ? {} : { expireTime: new Date(nowMs + ttlMs).toISOString() }),
    };
    this.namespace(namespace).set(key, latest);
    this.save();
    return previous === undefined ? { latest } : { previous, latest };
  }

  /** Answers whether a live record was deleted. */
  delete(namespace: KvsNamespace, key: string): boolean {
    const existed = this.get(namespace, key) !== undefined;
    if (existed) {
      this.namespace(namespace).delete(key);
      this.save();
    }
    return existed;
  }

  /** Live keys of a namespace in Forge's order (ascending by key). */
  keys(namespace: KvsNamespace): string[] {
    return [...this.namespace(namespace).keys()].filter((key) => this.get(namespace, key) !== undefined).sort();
  }

  /** Live records of a namespace, ascending by key. */
  entries(namespace: KvsNamespace): Array<[string, KvsRecord]> {
    return this.keys(namespace).flatMap((key) => {
      const record = this.get(namespace, key);
      return record === undefined ? [] : [[key, record] as [string, KvsRecord]];
    });
  }

  clear(): void {
    this.namespaces.clear();
    this.save();
  }

  private namespace(name: string): Map<string, KvsRecord> {
    let map = this.namespaces.get(name);
    if (map === undefined) {
      map = new Map();
      this.namespaces.set(name, map);
    }
    return map;
  }

  /** Adds the records `filePath` holds (none when it is missing), without keeping them in that file after. */
  loadFile(filePath: string): void {
    this.load(filePath);
  }

  private load(filePath: string): void {
    let text: string;
    try {
      text = readFileSync(filePath, 'utf8');
    } catch (error) {
      // Node's own errors come from another realm under jest, so `instanceof Error` would miss them.
      if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT') return;
      throw error;
    }
    const parsed = fileSchema.parse(JSON.parse(text));
    for (const [name, records] of Object.entries(parsed)) {
      this.namespaces.set(name, new Map(Object.entries(records)));
    }
  }

  private save(): void {
    if (this.options.filePath !== undefined) this.saveFile(this.options.filePath);
  }

  /** Writes every record to `filePath` once, as a store made with that `filePath` would keep them. */
  saveFile(filePath: string): void {
    const data = Object.fromEntries([...this.namespaces].map(([name, map]) => [name, Object.fromEntries(map)]));
    mkdirSync(dirname(filePath), { recursive: true });
    const temp = `${filePath}.tmp`;
    writeFileSync(temp, JSON.stringify(data));
    renameSync(temp, filePath);
  }
}
