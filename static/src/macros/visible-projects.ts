/**
 * The Jira projects the person configuring a macro may browse, for the config dialog's picker
 * (`GET /rest/api/3/project/search`, first 100 by name); null when Jira cannot list them.
 */
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
