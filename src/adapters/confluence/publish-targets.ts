/**
 * Where each project's artefact was last published (KVS key `publish-target:<artefact>:<PROJECT>`): the space,
 * the parent asked for and the page Keel wrote, so the button defaults to it and Keel finds a renamed page.
 */
import { z } from 'zod';
import type { PublishArtefact, PublishTarget } from '../../contract';
import type { KeyValueStore } from '../storage/settings-store';

const stored = z.object({ spaceKey: z.string(), parentId: z.string().nullable(), pageId: z.string() });
export type StoredTarget = z.infer<typeof stored>;

const keyOf = (artefact: PublishArtefact, projectKey: string): string => `publish-target:${artefact}:${projectKey}`;

export interface PublishTargets {
  get(artefact: PublishArtefact, projectKey: string): Promise<StoredTarget | null>;
  set(artefact: PublishArtefact, projectKey: string, target: StoredTarget): Promise<void>;
}

/** A stored value Keel cannot read (an older shape) counts as none: the button then starts empty. */
export function publishTargets(store: KeyValueStore): PublishTargets {
  return {
    get: async (artefact, projectKey) => {
      const parsed = stored.safeParse(await store.get(keyOf(artefact, projectKey)));
      return parsed.success ? parsed.data : null;
    },
    set: (artefact, projectKey, target) => store.set(keyOf(artefact, projectKey), target),
  };
}

export function lastTargetOf(target: StoredTarget | null): PublishTarget | null {
  return target === null ? null : { spaceKey: target.spaceKey, parentId: target.parentId };
}
