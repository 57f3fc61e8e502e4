/** The signed-in person's display name, for the exports' footer: `GET /rest/api/3/myself` as them. */
import { requestJira } from '@forge/bridge';
import { useEffect, useState } from 'react';
import * as z from 'zod/mini';

const myself = z.object({ displayName: z.string() });

export function useViewerName(): string | null {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    requestJira('/rest/api/3/myself')
      .then(async (response) => (response.ok ? myself.safeParse(await response.json()) : null))
      .then((me) => {
        if (live && me?.success) setName(me.data.displayName);
      })
      .catch((error: unknown) => console.warn('Keel could not read who is signed in:', error instanceof Error ? error.message : error));
    return () => {
      live = false;
    };
  }, []);
  return name;
}
