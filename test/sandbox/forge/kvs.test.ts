import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, it, jest } from '@jest/globals';
import { expect } from '../../expect';
import { echoSite } from './echo-site';
import { installForgeRuntime } from './install-forge-runtime';
import { KvsStore } from './kvs-store';

const runtime = installForgeRuntime({ site: echoSite() });
// @forge/kvs picks its fetch client when imported, so it comes after the hooks.
const { kvs, WhereConditions, ForgeKvsAPIError, MetadataField } = jest.requireActual<typeof import('@forge/kvs')>('@forge/kvs');

afterAll(() => runtime.uninstall());
beforeEach(() => runtime.kvs.clear());

async function allKeys(prefix: string, limit: number): Promise<{ keys: string[]; pageSizes: number[] }> {
  const keys: string[] = [];
  const pageSizes: number[] = [];
  let cursor: string | undefined;
  do {
    let query = kvs.query().where('key', WhereConditions.beginsWith(prefix)).limit(limit);
    if (cursor !== undefined) query = query.cursor(cursor);
    const page = await query.getMany<number>();
    keys.push(...page.results.map((r) => r.key));
    pageSizes.push(page.results.length);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return { keys, pageSizes };
}

describe('the KVS emulation with the real @forge/kvs', () => {
  it('round-trips set, get and delete; a missing key reads as undefined', async () => {
    await kvs.set('settings:KEEL', { hoursPerDay: 8, fields: ['customfield_10016'] });
    expect(await kvs.get('settings:KEEL')).toEqual({ hoursPerDay: 8, fields: ['customfield_10016'] });
    await kvs.delete('settings:KEEL');
    expect(await kvs.get('settings:KEEL')).toBeUndefined();
    await expect(kvs.delete('settings:KEEL')).resolves.toBeUndefined();
  });

  it('pages a key-prefix query with a cursor, 20 at most a page, ascending, prefix only', async () => {
    for (let i = 0; i < 45; i += 1) await kvs.set(`item:${String(i).padStart(2, '0')}`, i);
    await kvs.set('other:1', 1);
    await kvs.set('iten:1', 1);
    const byTwenty = await allKeys('item:', 20);
    expect(byTwenty.pageSizes).toEqual([20, 20, 5]);
    expect(byTwenty.keys).toEqual(Array.from({ length: 45 }, (_, i) => `item:${String(i).padStart(2, '0')}`));
    const askedForMore = await allKeys('item:', 100);
    expect(askedForMore.pageSizes).toEqual([20, 20, 5]);
  });

  it('answers metadata when asked', async () => {
    await kvs.set('meta', 'x');
    const result = await kvs.get('meta', { metadataFields: [MetadataField.CREATED_AT, MetadataField.UPDATED_AT] });
    expect(result).toMatchObject({ key: 'meta', value: 'x', createdAt: expect.any(Number) as unknown, updatedAt: expect.any(Number) as unknown });
  });

  it('enforces Forge key limits: 500 characters, the allowed characters', async () => {
    await expect(kvs.set('k'.repeat(500), 1)).resolves.toBeUndefined();
    await expect(kvs.set('k'.repeat(501), 1)).rejects.toMatchObject({ code: 'KEY_TOO_LONG', responseDetails: { status: 400 } });
    await expect(kvs.set('a/b', 1)).rejects.toMatchObject({ code: 'INVALID_KEY' });
    await expect(kvs.set('', 1)).rejects.toBeInstanceOf(ForgeKvsAPIError);
  });

  it('issue 12, robustness: checks keys on every operation as Forge does (get, delete, secrets, entities)', async () => {
    const long = 'k'.repeat(501);
    await expect(kvs.get(long)).rejects.toMatchObject({ code: 'KEY_TOO_LONG', responseDetails: { status: 400 } });
    await expect(kvs.get('a/b')).rejects.toMatchObject({ code: 'INVALID_KEY' });
    await expect(kvs.delete('a/b')).rejects.toMatchObject({ code: 'INVALID_KEY' });
    await expect(kvs.getSecret('baseline:PAY:a/b')).rejects.toMatchObject({ code: 'INVALID_KEY' });
    await expect(kvs.deleteSecret(long)).rejects.toMatchObject({ code: 'KEY_TOO_LONG' });
    await expect(kvs.entity('risk').get('é')).rejects.toMatchObject({ code: 'INVALID_KEY' });
    // A valid key that is absent still reads as undefined.
    await expect(kvs.get('baseline:PAY:Plan A')).resolves.toBeUndefined();
  });

  it('enforces the 240 KiB value limit on the JSON size', async () => {
    const limit = 240 * 1024;
    await expect(kvs.set('fits', 'x'.repeat(limit - 2))).resolves.toBeUndefined();
    await expect(kvs.set('too-big', 'x'.repeat(limit - 1))).rejects.toMatchObject({ code: 'MAX_SIZE', responseDetails: { status: 400 } });
    expect(await kvs.get('too-big')).toBeUndefined();
  });

  it('keeps secrets and entities apart from plain keys', async () => {
    await kvs.set('token', 'plain');
    await kvs.setSecret('token', 'secret');
    await kvs.entity<{ name: string }>('risk').set('token', { name: 'entity' });
    expect(await kvs.get('token')).toBe('plain');
    expect(await kvs.getSecret('token')).toBe('secret');
    expect(await kvs.entity<{ name: string }>('risk').get('token')).toEqual({ name: 'entity' });
    await kvs.deleteSecret('token');
    expect(await kvs.getSecret('token')).toBeUndefined();
  });

  it('answers KEY_CONFLICT for FAIL_IF_EXISTS on an existing key', async () => {
    await kvs.set('lock', 1, { keyPolicy: 'FAIL_IF_EXISTS' });
    await expect(kvs.set('lock', 2, { keyPolicy: 'FAIL_IF_EXISTS' })).rejects.toMatchObject({ code: 'KEY_CONFLICT' });
    expect(await kvs.get('lock')).toBe(1);
  });

  it('batch-sets with per-item failures and batch-deletes', async () => {
    const result = await kvs.batchSet([
      { key: 'chunk:0', value: 'a' },
      { key: 'k'.repeat(501), value: 'b' },
    ]);
    expect(result.successfulKeys).toEqual([{ key: 'chunk:0' }]);
    expect(result.failedKeys).toEqual([{ key: 'k'.repeat(501), error: expect.objectContaining({ code: 'KEY_TOO_LONG' }) as unknown }]);
    await kvs.batchDelete([{ key: 'chunk:0' }]);
    expect(await kvs.get('chunk:0')).toBeUndefined();
  });

  it('applies a transaction all or nothing', async () => {
    await kvs.set('old', 1);
    await kvs.transact().set('new', 2).delete('old').execute();
    expect([await kvs.get('new'), await kvs.get('old')]).toEqual([2, undefined]);
    await expect(kvs.transact().set('a', 1).set('k'.repeat(501), 2).execute()).rejects.toMatchObject({ code: 'KEY_TOO_LONG' });
    expect(await kvs.get('a')).toBeUndefined();
  });
});

describe('KvsStore', () => {
  it('expires records after their TTL', () => {
    let now = 1_000_000;
    const store = new KvsStore({ now: () => now });
    store.set('kvs', 'lease', 'me', 60_000);
    now += 59_999;
    expect(store.get('kvs', 'lease')?.value).toBe('me');
    now += 1;
    expect(store.get('kvs', 'lease')).toBeUndefined();
  });

  it('persists to a JSON file and reads it back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'keel-kvs-'));
    try {
      const filePath = join(dir, 'nested', 'kvs.json');
      new KvsStore({ filePath }).set('kvs', 'settings:KEEL', { hoursPerDay: 7.5 });
      expect(new KvsStore({ filePath }).get('kvs', 'settings:KEEL')?.value).toEqual({ hoursPerDay: 7.5 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
