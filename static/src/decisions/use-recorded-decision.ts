/**
 * The decision recorded last and what became of the published decision log, kept above the list so both
 * survive it reloading; `onRecorded` reloads the list, then updates the Confluence page if there is one.
 */
import { useState } from 'react';
import type { RecordedDecision } from '@contract';
import { updatePublishedLog } from './update-published-log';

export function useRecordedDecision(projectKey: string, reload: () => void) {
  const [recorded, setRecorded] = useState<RecordedDecision | null>(null);
  const [pageNote, setPageNote] = useState<string | null>(null);
  const onRecorded = (result: RecordedDecision) => {
    setRecorded(result);
    setPageNote(null);
    reload();
    void updatePublishedLog(projectKey).then(setPageNote);
  };
  return { recorded, pageNote, onRecorded };
}
