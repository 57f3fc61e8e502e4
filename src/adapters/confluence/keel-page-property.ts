/**
 * The content property that marks a page as Keel's (DESIGN.md section 2): key `keel-artefact`, value
 * `{ artefact, projectKey, hash, pageVersion }`: which artefact of which project, the hash of the section Keel
 * last wrote and the page version that write made. Keel finds its page again through it.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import type { PublishArtefact } from '../../contract';
import type { ProductRequest } from '../product-request';

export const KEEL_PROPERTY_KEY = 'keel-artefact';

const valueSchema = z.object({ artefact: z.enum(['raci', 'decisions', 'status']), projectKey: z.string(), hash: z.string(), pageVersion: z.number().int() });
const propertySchema = z.looseObject({ id: z.string(), key: z.string(), value: z.unknown(), version: z.looseObject({ number: z.number().int() }) });
const propertyList = z.looseObject({ results: z.array(propertySchema) });

export type KeelPropertyValue = z.infer<typeof valueSchema>;

export interface KeelProperty {
  id: string;
  version: number;
  /** Null when the property exists but does not hold Keel's shape (edited by hand). */
  value: KeelPropertyValue | null;
}

function propertyOf(raw: z.infer<typeof propertySchema>): KeelProperty {
  const value = valueSchema.safeParse(raw.value);
  return { id: raw.id, version: raw.version.number, value: value.success ? value.data : null };
}

export async function readKeelProperty(request: ProductRequest, pageId: string): Promise<KeelProperty | null> {
  const answer = await request(propertyList, route`/wiki/api/v2/pages/${pageId}/properties?key=${KEEL_PROPERTY_KEY}`);
  const found = answer.results.find((p) => p.key === KEEL_PROPERTY_KEY);
  return found ? propertyOf(found) : null;
}

export async function createKeelProperty(request: ProductRequest, pageId: string, value: KeelPropertyValue): Promise<KeelProperty> {
  const body = JSON.stringify({ key: KEEL_PROPERTY_KEY, value });
  return propertyOf(await request(propertySchema, route`/wiki/api/v2/pages/${pageId}/properties`, { method: 'POST', body }));
}

export async function updateKeelProperty(request: ProductRequest, pageId: string, property: KeelProperty, value: KeelPropertyValue): Promise<KeelProperty> {
  const body = JSON.stringify({ key: KEEL_PROPERTY_KEY, value, version: { number: property.version + 1, message: 'Published by Keel' } });
  return propertyOf(await request(propertySchema, route`/wiki/api/v2/pages/${pageId}/properties/${property.id}`, { method: 'PUT', body }));
}

/** True when the property says the page holds `artefact` of `projectKey`. */
export function isKeelPageOf(property: KeelProperty | null, artefact: PublishArtefact, projectKey: string): boolean {
  return property?.value?.artefact === artefact && property.value.projectKey === projectKey;
}
