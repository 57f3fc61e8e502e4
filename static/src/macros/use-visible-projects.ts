/**
 * The Jira projects the person configuring a macro may browse, for the config dialog's picker, read from the
 * browser with `requestJira` as that person (`GET /rest/api/3/project/search`, first 100 by name). null while
 * loading or when Jira cannot be read: the dialog then takes a typed key.
 */
import { requestJira } from '@forge/bridge';
import { useEffect, useState } from 'react';
import * as z from 'zod/mini';

export interface VisibleProject {
  key: string;
  name: string;
}

const page = z.object({ values: z.array(z.object({ key: z.string(), name: z.string() })) });

export type ReadJira = (path: string) => Promise<{ ok: boolean; json: () => Promise<unknown> }>;

export async function visibleProjects(read: ReadJira): Promise<VisibleProject[] | null> {
  try {
    const response = await read('/rest/api/3/project/search?maxResults=100&orderBy=name');
    if (!response.ok) return null;
    const parsed = page.safeParse(await response.json());
    return parsed.success ? parsed.data.values.map((p) => ({ key: p.key, name: p.name })) : null;
  } catch {
    return null;
  }
}

export function useVisibleProjects(read: ReadJira = requestJira): VisibleProject[] | null {
  const [projects, setProjects] = useState<VisibleProject[] | null>(null);
  useEffect(() => {
    let live = true;
    void visibleProjects(read).then((found) => live && setProjects(found));
    return () => {
      live = false;
    };
  }, [read]);
  return projects;
}
