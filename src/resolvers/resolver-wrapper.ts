/**
 * The one wrapper every resolver goes through (STYLE.md, "Errors"): place the payload where Forge's trusted
 * context says the call comes from (payload-in-place.ts: the page's project, the panel's issue, the macro's
 * config), parse it with the contract's schema (all problems at once), require a signed-in user, run, and
 * answer `{ ok, data }` or
 * `{ ok: false, error }`. Anything that is not an `AppError` is logged without the payload and rethrown,
 * so Forge records the failure (and its own consent errors still reach the platform).
 */
// Full zod, not zod/mini: importing it also installs zod's English messages, which the contract's zod/mini schemas
// (carrying none of their own) then give in a BAD_REQUEST (test/contract.test.ts).
import { z } from 'zod';
import { AppError } from '../app-error';
import { resolvers, type ResolverKey, type ResolverResult, type ResultOf, type WireOf } from '../contract';
import { modulePlacement, type ModulePlacement } from '../contract/module-placement';
import { payloadInPlace } from './payload-in-place';

export interface CallContext {
  accountId: string;
  /** The calling module's key (`context.moduleKey`), from Forge, not the payload. */
  moduleKey: string | null;
  /** Where Forge's context says the call comes from; the payload was already bound to it. */
  placement: ModulePlacement;
  /** The viewer's time zone (`context.timezone`), for the status date ("today") of what they see. */
  timeZone: string | undefined;
  /** The viewer's locale (`context.locale`), for what Keel writes for them (a published page's dates). */
  locale: string | undefined;
}

export interface ResolverRequest {
  payload: unknown;
  context: unknown;
}

const forgeContext = z.looseObject({
  accountId: z.string().min(1).optional(),
  moduleKey: z.string().optional(),
  extension: z.unknown().optional(),
  timezone: z.string().optional(),
  locale: z.string().optional(),
});

/** The answer as the contract sends it: a codec's result packed (the RACI matrix, raci-wire.ts), any other as it is. */
function onTheWire<K extends ResolverKey>(key: K, data: ResultOf<K>): WireOf<K> {
  const result: z.core.$ZodType = resolvers[key].result;
  return (result instanceof z.core.$ZodCodec ? z.encode(result, data) : data) as WireOf<K>;
}

export function wrapResolver<K extends ResolverKey>(
  key: K,
  run: (payload: z.output<(typeof resolvers)[K]['payload']>, context: CallContext) => Promise<ResultOf<K>>,
): (request: ResolverRequest) => Promise<ResolverResult<WireOf<K>>> {
  return async (request) => {
    try {
      // Indexing the contract by a generic key loses the link between key and schema; this restores it.
      const schema = resolvers[key].payload as unknown as z.core.$ZodType<z.output<(typeof resolvers)[K]['payload']>>;
      const context = forgeContext.safeParse(request.context);
      const placement = modulePlacement(context.success ? context.data.extension : undefined);
      const payload = z.safeParse(schema, payloadInPlace(request.payload, placement));
      if (!payload.success) {
        const problems = payload.error.issues.map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`);
        throw new AppError('BAD_REQUEST', `Keel could not read the request to ${key}: ${problems.join('; ')}.`);
      }
      const accountId = context.success ? context.data.accountId : undefined;
      if (accountId === undefined) {
        throw new AppError('FORBIDDEN', 'Keel needs a signed-in Atlassian account: sign in to Jira and open the page again.');
      }
      const data = await run(payload.data, { accountId, moduleKey: context.data?.moduleKey ?? null, placement, timeZone: context.data?.timezone, locale: context.data?.locale });
      return { ok: true, data: onTheWire(key, data) };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message } };
      console.error(`Keel resolver ${key} failed unexpectedly: ${error instanceof Error ? `${error.name}: ${error.message}` : typeof error}`);
      throw error;
    }
  };
}
