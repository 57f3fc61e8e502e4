/** A project's versions (releases) as the asking principal may see them (`GET /rest/api/3/project/{key}/versions`). */
import { route } from '@forge/api';
import { z } from 'zod';
import type { ProductRequest } from '../product-request';

const version = z.looseObject({
  id: z.string(),
  name: z.string(),
  released: z.boolean().optional(),
  archived: z.boolean().optional(),
  /** YYYY-MM-DD; absent when the version has none. */
  releaseDate: z.string().optional(),
});

export interface ProjectVersion {
  name: string;
  released: boolean;
  archived: boolean;
  releaseDate: string | null;
}

export async function fetchProjectVersions(request: ProductRequest, projectKey: string): Promise<ProjectVersion[]> {
  const versions = await request(z.array(version), route`/rest/api/3/project/${projectKey}/versions`);
  return versions.map((v) => ({ name: v.name, released: v.released ?? false, archived: v.archived ?? false, releaseDate: v.releaseDate ?? null }));
}
