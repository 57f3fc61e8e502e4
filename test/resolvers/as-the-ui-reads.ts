/**
 * A resolver's data as the UI reads it (static/src/api/call-resolver.ts parses it with the contract): a codec's
 * packed form unpacked (the RACI matrix, src/contract/raci-wire.ts), any other answer as it crossed the wire. A
 * packed answer that does not unpack fails here, as it would fail in the UI.
 */
import { z } from 'zod';
import { resolvers } from '../../src/contract';

export function asTheUiReads<T>(functionKey: string, data: unknown): T {
  const result: z.core.$ZodType | undefined = (resolvers as Record<string, { result: z.core.$ZodType }>)[functionKey]?.result;
  return (result instanceof z.core.$ZodCodec ? z.decode(result, data) : data) as T;
}
