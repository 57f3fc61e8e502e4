/**
 * The port every product adapter talks through: Forge's `requestJira`/`requestConfluence` in the app,
 * an HTTPS client with an API token in the CLI, the sandbox in tests. Paths are built with `route`.
 */
import type { Route } from '@forge/api';

export interface ProductResponse {
  status: number;
  statusText: string;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

export interface ProductRequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

export type ProductFetch = (path: Route, init?: ProductRequestInit) => Promise<ProductResponse>;
