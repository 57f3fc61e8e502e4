/**
 * The postMessage protocol between the module iframe (bridge preamble) and the host page, which plays Jira's
 * part. Both sides parse what they receive: messages come from another window.
 */
import * as z from 'zod/mini';

export const BRIDGE_CHANNEL = 'keel-sandbox-bridge';

export const bridgeRequest = z.object({
  channel: z.literal(BRIDGE_CHANNEL),
  kind: z.literal('request'),
  id: z.number(),
  op: z.string(),
  payload: z.unknown(),
});
export type BridgeRequest = z.infer<typeof bridgeRequest>;

export const bridgeResize = z.object({ channel: z.literal(BRIDGE_CHANNEL), kind: z.literal('resize'), height: z.number() });

export const bridgeResponse = z.discriminatedUnion('ok', [
  z.object({ channel: z.literal(BRIDGE_CHANNEL), kind: z.literal('response'), id: z.number(), ok: z.literal(true), value: z.unknown() }),
  z.object({ channel: z.literal(BRIDGE_CHANNEL), kind: z.literal('response'), id: z.number(), ok: z.literal(false), message: z.string() }),
]);
export type BridgeResponse = z.infer<typeof bridgeResponse>;

/** The host tells a module frame that the browser moved through its history (back or forward). */
export const bridgeHistoryPop = z.object({
  channel: z.literal(BRIDGE_CHANNEL),
  kind: z.literal('history'),
  location: z.object({ pathname: z.string(), search: z.string(), hash: z.string(), state: z.unknown() }),
});
export type BridgeHistoryPop = z.infer<typeof bridgeHistoryPop>;
