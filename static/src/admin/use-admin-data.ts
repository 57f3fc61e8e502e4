import { useEffect, useState } from 'react';
import type { ErrorCode, PayloadOf, ResolverKey, ResultOf, SettingsCatalog } from '@contract';
import { callResolver } from '../api/call-resolver';
import { ResolverError } from '../api/resolver-error';

export type AdminData<T> =
  | { status: 'loading' }
  | { status: 'error'; code: ErrorCode; message: string }
  | { status: 'ready'; view: T; catalog: SettingsCatalog };

/** A page's settings and the pickers' catalogue, loaded together. */
export function useAdminData<K extends ResolverKey>(key: K, payload: PayloadOf<K>, payloadKey: string): AdminData<ResultOf<K>> {
  const [state, setState] = useState<AdminData<ResultOf<K>>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    Promise.all([callResolver(key, payload), callResolver('catalog/get', {})]).then(
      ([view, catalog]) => live && setState({ status: 'ready', view, catalog }),
      (error: unknown) => live && setState({ status: 'error', code: error instanceof ResolverError ? error.code : 'INTERNAL', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
    // The payload is identified by payloadKey, as in useResolver.
  }, [key, payloadKey]);
  return state;
}
