/**
 * Issue ids and keys in creation order, as Jira allocates them: ids ascend across the site, key numbers
 * per project. A moved issue keeps its id, takes the next key of its new project at the moment of the
 * move and leaves a gap in its old project's numbering.
 */
import type { Draft } from './draft';
import type { ProjectKey } from './projects';

interface KeyEvent {
  at: number;
  project: ProjectKey;
  draft: Draft;
  kind: 'create' | 'move';
}

export function assignKeys(drafts: readonly Draft[]): void {
  const events: KeyEvent[] = [];
  for (const draft of drafts) {
    events.push({ at: draft.created, project: draft.movedFrom?.project ?? draft.project, draft, kind: 'create' });
    if (draft.movedFrom) events.push({ at: draft.movedFrom.at, project: draft.project, draft, kind: 'move' });
  }
  events.sort((a, b) => a.at - b.at || a.draft.ref.localeCompare(b.draft.ref));
  const next = new Map<ProjectKey, number>();
  let nextId = 10_001;
  for (const event of events) {
    const number = next.get(event.project) ?? 1;
    next.set(event.project, number + 1);
    const key = `${event.project}-${number}`;
    if (event.kind === 'create') {
      event.draft.id = String(nextId);
      nextId += 1;
      if (event.draft.movedFrom) event.draft.oldKey = key;
      else event.draft.key = key;
    } else {
      event.draft.key = key;
    }
  }
}
