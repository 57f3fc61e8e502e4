import { useCallback, useEffect, useState } from 'react';
import type { ErrorCode, PayloadOf, ResolverKey, ResultOf } from '@contract';
import { callResolver } from './call-resolver';
import { ResolverError } from './resolver-error';

export type ResolverState<K extends ResolverKey> =
  | { status: 'loading' }
  | { status: 'error'; code: ErrorCode; message: string }
  | { status: 'ready'; data: ResultOf<K> };

/**
 * Calls a resolver when the component mounts and whenever `payloadKey` changes; `retry` calls it again.
 * `payloadKey` identifies the payload (a project key), so a new object each render does not refetch.
 */
export function useResolver<K extends ResolverKey>(
  key: K,
  payload: PayloadOf<K>,
  payloadKey: string,
): { state: ResolverState<K>; retry: () => void } {
  const [state, setState] = useState<ResolverState<K>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    callResolver(key, payload).then(
      (data) => live && setState({ status: 'ready', data }),
      (error: unknown) => {
        if (!live) return;
        const code = error instanceof ResolverError ? error.code : 'INTERNAL';
        setState({ status: 'error', code, message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      live = false;
    };
    // The payload is identified by payloadKey; listing the object would refetch on every render.
  }, [key, payloadKey, attempt]);

  return { state, retry };
}
