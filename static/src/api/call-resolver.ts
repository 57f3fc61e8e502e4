import type * as z from 'zod/mini';
import { resolverEnvelope, resolvers, type PayloadOf, type ResolverKey, type ResultOf } from '@contract';
import { takeFirstAnswer } from './first-answers';
import { invokeNow, type Invoke } from './invoke-now';
import { ResolverError } from './resolver-error';

/** The answer started while the view loaded (first-answers.ts), else a new call. */
const forgeInvoke: Invoke = (functionKey, payload) => takeFirstAnswer(functionKey, payload) ?? invokeNow(functionKey, payload);

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Calls a resolver and answers its data, parsed with the contract's result schema (the back end's own); throws a
 * `ResolverError` carrying the resolver's code and message when it answers `{ ok: false }`, and code `INTERNAL`
 * when the call fails or the answer has the wrong shape.
 */
export async function callResolver<K extends ResolverKey>(
  key: K,
  payload: PayloadOf<K>,
  call: Invoke = forgeInvoke,
): Promise<ResultOf<K>> {
  let answer: unknown;
  try {
    answer = await call(key, { ...payload });
  } catch (error) {
    throw new ResolverError('INTERNAL', `Keel's back end could not be reached: ${messageOf(error)}`);
  }
  const envelope = resolverEnvelope.safeParse(answer);
  if (!envelope.success) {
    throw new ResolverError('INTERNAL', `Keel's back end answered ${key} in an unexpected shape.`);
  }
  if (!envelope.data.ok) {
    throw new ResolverError(envelope.data.error.code, envelope.data.error.message);
  }
  // Indexing the contract by a generic key loses the link between key and schema; this restores it.
  const schema = resolvers[key].result as unknown as z.ZodMiniType<ResultOf<K>>;
  const data = schema.safeParse(envelope.data.data);
  if (!data.success) {
    throw new ResolverError('INTERNAL', `Keel's back end answered ${key} with data of an unexpected shape.`);
  }
  return data.data;
}
