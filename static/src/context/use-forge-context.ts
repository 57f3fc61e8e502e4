import { useEffect, useState } from 'react';
import { loadForgeContext, type ForgeContext } from './forge-context';

export type ContextState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; context: ForgeContext };

/** The Forge context, loaded once when the app mounts. */
export function useForgeContext(): ContextState {
  const [state, setState] = useState<ContextState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadForgeContext().then(
      (context) => live && setState({ status: 'ready', context }),
      (error: unknown) =>
        live && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
