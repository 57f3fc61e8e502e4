/**
 * Answers the HTTP-ish calls @forge/kvs 1.6 makes through `__forge_fetch__({ type: 'kvs' }, '/api/v1/...')`:
 * get/set/delete (plain, secret, entity), key-prefix query, batch set/get/delete and unconditional transactions,
 * with Forge's status codes (204 on writes, 404 KEY_NOT_FOUND, 409 KEY_CONFLICT, 400 for limits).
 */
import { z } from 'zod';
import { keyProblem, kvsErrorResponse, valueProblem, type KvsProblem } from './kvs-limits';
import { queryByPrefix } from './kvs-query';
import type { KvsNamespace, KvsRecord, KvsStore } from './kvs-store';

const metadataFields = z.array(z.enum(['CREATED_AT', 'UPDATED_AT', 'EXPIRE_TIME'])).optional();
const ttlSchema = z.object({ value: z.number().positive(), unit: z.enum(['SECONDS', 'MINUTES', 'HOURS', 'DAYS']) });
const setOptions = z
  .object({
    ttl: ttlSchema.optional(),
    keyPolicy: z.enum(['OVERRIDE', 'FAIL_IF_EXISTS']).optional(),
    returnValue: z.enum(['PREVIOUS', 'LATEST']).optional(),
    returnMetadataFields: metadataFields,
  })
  .optional();
const keyed = z.object({ key: z.string(), entityName: z.string().optional() });
const setItem = keyed.extend({ value: z.unknown(), options: setOptions });
const transactionSchema = z.object({
  set: z.array(setItem.extend({ conditions: z.unknown().optional() })).optional(),
  delete: z.array(keyed.extend({ conditions: z.unknown().optional() })).optional(),
  check: z.array(z.unknown()).optional(),
});

const TTL_UNIT_MS = { SECONDS: 1_000, MINUTES: 60_000, HOURS: 3_600_000, DAYS: 86_400_000 } as const;

type SetItem = z.infer<typeof setItem>;

export function handleKvsRequest(store: KvsStore, path: string, init: RequestInit | undefined): Response {
  let body: unknown;
  try {
    body = JSON.parse(typeof init?.body === 'string' ? init.body : '');
  } catch {
    return kvsErrorResponse({ status: 400, code: 'BAD_REQUEST', message: 'Provided request body is invalid' });
  }
  const parsed = routes[path.replace(/\?.*$/, '')];
  if (parsed === undefined) {
    return kvsErrorResponse({ status: 404, code: 'NOT_FOUND', message: `The sandbox's KVS has no endpoint ${path}` });
  }
  try {
    return parsed(store, body);
  } catch (error) {
    if (error instanceof z.ZodError) {
      return kvsErrorResponse({ status: 400, code: 'BAD_REQUEST', message: `Provided request body is invalid: ${z.prettifyError(error)}` });
    }
    throw error;
  }
}

type Route = (store: KvsStore, body: unknown) => Response;

const routes: Record<string, Route> = {
  '/api/v1/get': (store, body) => get(store, 'kvs', keyed.parse(body).key),
  '/api/v1/secret/get': (store, body) => get(store, 'secret', keyed.parse(body).key),
  '/api/v1/entity/get': (store, body) => withItem(keyed.parse(body), (item) => get(store, entity(item), item.key)),
  '/api/v1/set': (store, body) => set(store, 'kvs', setItem.parse(body)),
  '/api/v1/secret/set': (store, body) => set(store, 'secret', setItem.parse(body)),
  '/api/v1/entity/set': (store, body) => withItem(setItem.parse(body), (item) => set(store, entity(item), item)),
  '/api/v1/delete': (store, body) => remove(store, 'kvs', keyed.parse(body).key),
  '/api/v1/secret/delete': (store, body) => remove(store, 'secret', keyed.parse(body).key),
  '/api/v1/entity/delete': (store, body) => withItem(keyed.parse(body), (item) => remove(store, entity(item), item.key)),
  '/api/v1/query': (store, body) => queryByPrefix(store, body),
  '/api/v1/batch/set': (store, body) => batch(z.array(setItem).parse(body), (item) => writeProblem(store, item) ?? applySet(store, item)),
  '/api/v1/batch/delete': (store, body) => batch(z.array(keyed).parse(body), (item) => void store.delete(entity(item), item.key)),
  '/api/v1/batch/get': (store, body) => batchGet(store, z.array(keyed).parse(body)),
  '/api/v1/transaction': (store, body) => transact(store, transactionSchema.parse(body)),
  '/api/v1/entity/query': () => unsupported('custom entity index queries'),
};

const withItem = <T>(item: T, answer: (item: T) => Response): Response => answer(item);

function entity(item: { entityName?: string | undefined }): KvsNamespace {
  return item.entityName === undefined ? 'kvs' : `entity:${item.entityName}`;
}

function recordBody(key: string, record: KvsRecord): Record<string, unknown> {
  return { key, value: record.value, createdAt: record.createdAt, updatedAt: record.updatedAt, ...(record.expireTime ? { expireTime: record.expireTime } : {}) };
}

function get(store: KvsStore, namespace: KvsNamespace, key: string): Response {
  const invalid = keyProblem(key);
  if (invalid) return kvsErrorResponse(invalid);
  const record = store.get(namespace, key);
  if (record === undefined) return kvsErrorResponse({ status: 404, code: 'KEY_NOT_FOUND', message: 'The specified key does not exist.' });
  return Response.json(recordBody(key, record));
}

function writeProblem(store: KvsStore, item: SetItem, namespace = entity(item)): KvsProblem | undefined {
  const problem = keyProblem(item.key) ?? valueProblem(item.value);
  if (problem) return problem;
  if (item.options?.keyPolicy === 'FAIL_IF_EXISTS' && store.get(namespace, item.key) !== undefined) {
    return { status: 409, code: 'KEY_CONFLICT', message: `The key ${item.key} already exists.` };
  }
  return undefined;
}

function applySet(store: KvsStore, item: SetItem, namespace = entity(item)): { previous?: KvsRecord; latest: KvsRecord } {
  const ttl = item.options?.ttl;
  return store.set(namespace, item.key, item.value, ttl ? ttl.value * TTL_UNIT_MS[ttl.unit] : undefined);
}

function set(store: KvsStore, namespace: KvsNamespace, item: SetItem): Response {
  const problem = writeProblem(store, item, namespace);
  if (problem) return kvsErrorResponse(problem);
  const { previous, latest } = applySet(store, item, namespace);
  const returnValue = item.options?.returnValue;
  if (returnValue === undefined) return new Response(null, { status: 204 });
  const answer = returnValue === 'LATEST' ? latest : previous;
  return answer === undefined ? new Response(null, { status: 204 }) : Response.json(recordBody(item.key, answer));
}

function remove(store: KvsStore, namespace: KvsNamespace, key: string): Response {
  const invalid = keyProblem(key);
  if (invalid) return kvsErrorResponse(invalid);
  if (!store.delete(namespace, key)) return kvsErrorResponse({ status: 404, code: 'KEY_NOT_FOUND', message: 'The specified key does not exist.' });
  return new Response(null, { status: 204 });
}

function batch<T extends { key: string; entityName?: string | undefined }>(items: T[], apply: (item: T) => unknown): Response {
  const successfulKeys: unknown[] = [];
  const failedKeys: unknown[] = [];
  for (const item of items) {
    const id = { key: item.key, ...(item.entityName === undefined ? {} : { entityName: item.entityName }) };
    const outcome = keyProblem(item.key) ?? apply(item);
    if (isProblem(outcome)) failedKeys.push({ ...id, error: { code: outcome.code, message: outcome.message } });
    else successfulKeys.push(id);
  }
  return Response.json({ successfulKeys, failedKeys });
}

function batchGet(store: KvsStore, items: Array<z.infer<typeof keyed>>): Response {
  const successfulKeys: unknown[] = [];
  const failedKeys: unknown[] = [];
  for (const item of items) {
    const record = store.get(entity(item), item.key);
    const id = { key: item.key, ...(item.entityName === undefined ? {} : { entityName: item.entityName }) };
    const invalid = keyProblem(item.key);
    if (invalid) failedKeys.push({ ...id, error: { code: invalid.code, message: invalid.message } });
    else if (record === undefined) failedKeys.push({ ...id, error: { code: 'KEY_NOT_FOUND', message: 'The specified key does not exist.' } });
    else successfulKeys.push({ ...id, ...recordBody(item.key, record) });
  }
  return Response.json({ successfulKeys, failedKeys });
}

function transact(store: KvsStore, request: z.infer<typeof transactionSchema>): Response {
  const sets = request.set ?? [];
  const deletes = request.delete ?? [];
  if (request.check !== undefined || [...sets, ...deletes].some((op) => op.conditions !== undefined)) {
    return unsupported('transaction conditions and checks');
  }
  // All-or-nothing: validate every write before applying any.
  const problem = sets.map((item) => writeProblem(store, item)).find((p) => p !== undefined) ?? deletes.map((d) => keyProblem(d.key)).find((p) => p !== undefined);
  if (problem) return kvsErrorResponse(problem);
  sets.forEach((item) => applySet(store, item));
  deletes.forEach((item) => store.delete(entity(item), item.key));
  return new Response(null, { status: 204 });
}

function unsupported(what: string): Response {
  return kvsErrorResponse({ status: 501, code: 'SANDBOX_UNSUPPORTED', message: `The sandbox does not emulate ${what}.` });
}

function isProblem(value: unknown): value is KvsProblem {
  return typeof value === 'object' && value !== null && 'code' in value && 'status' in value;
}
