import { router } from '@forge/bridge';

/** Opens an issue through the host (Forge's router), since the app runs in an iframe. */
export function openIssue(key: string): void {
  router.open(`/browse/${encodeURIComponent(key)}`).catch((error: unknown) => {
    console.error(`Could not open ${key}:`, error instanceof Error ? error.message : error);
  });
}
