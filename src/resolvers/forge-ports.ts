/**
 * The real ports of a Forge invocation: Jira as the viewer (`asUser`), Jira as the app (`asApp`, used only
 * where a use case has checked what the viewer may know), and Forge storage.
 */
import api from '@forge/api';
import { kvs } from '@forge/kvs';
import type { KeyValueStore } from '../adapters/storage/settings-store';
import { productRequest, type ProductRequest } from '../adapters/product-request';

export function viewerJira(): ProductRequest {
  return productRequest({ product: 'Jira', fetch: (path, init) => api.asUser().requestJira(path, init) });
}

export function appJira(): ProductRequest {
  return productRequest({ product: 'Jira', fetch: (path, init) => api.asApp().requestJira(path, init) });
}

export const forgeStore: KeyValueStore = {
  get: (key) => kvs.get(key),
  set: (key, value) => kvs.set(key, value),
};
