import { invoke } from '@forge/bridge';
import type * as z from 'zod/mini';
import { modulePlacement, resolverEnvelope, resolvers, type PayloadOf, type ResolverKey, type ResultOf } from '@contract';
import { loadForgeContext } from '../context/forge-context';
import { withoutContextFields } from './context-payload';
import { takeFirstAnswer } from './first-answers';
import { ResolverError } from './resolver-error';

/** `invoke` from @forge/bridge, passed in so a test can hand a plain function. */
export type Invoke = (functionKey: string, payload: Record<string, unknown>) => Promise<unknown>;

/** Forge's `invoke`, without what Forge's context already tells the back end (context-payload.ts). */
export const invokeNow: Invoke = async (functionKey, payload) => {
  const { extension } = await loadForgeContext();
  return invoke(functionKey, withoutContextFields(payload, modulePlacement(extension)));
};

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
