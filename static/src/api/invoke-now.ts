/**
 * Forge's `invoke`, without what Forge's context already tells the back end (context-payload.ts). Its own file,
 * light on purpose: the page's first answers start with it (main.tsx) before React and the contract's schemas load.
 */
import { invoke } from '@forge/bridge';
import { modulePlacement } from '../../../src/contract/module-placement';
import { loadForgeContext } from '../context/forge-context';
import { withoutContextFields } from './context-payload';

/** `invoke` from @forge/bridge, passed in so a test can hand a plain function. */
export type Invoke = (functionKey: string, payload: Record<string, unknown>) => Promise<unknown>;

/** Calls the resolver now, placed by `extension` (Forge's context's, already read): no round trip to the host first. */
export const invokeIn =
  (extension: unknown): Invoke =>
  (functionKey, payload) =>
    invoke(functionKey, withoutContextFields(payload, modulePlacement(extension)));

/** Calls the resolver now, reading Forge's context first. */
export const invokeNow: Invoke = async (functionKey, payload) => {
  const { extension } = await loadForgeContext();
  return invokeIn(extension)(functionKey, payload);
};
