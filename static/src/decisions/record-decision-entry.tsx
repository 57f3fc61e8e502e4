import { useState } from 'react';
import type { RecordedDecision } from '@contract';
import { IssueKeyLink } from '../overview/issue-key-link';
import { RecordDecisionForm } from './record-decision-form';

interface RecordDecisionEntryProps {
  projectKey: string;
  relatesTo?: string;
  /** The decision recorded last, kept by the parent so the notice survives the list reloading. */
  recorded: RecordedDecision | null;
  /** What happened to the published decision log page, once known. */
  pageNote: string | null;
  onRecorded: (recorded: RecordedDecision) => void;
}

/** A "Record a decision" button that opens the form, and the link to the issue once it is recorded. */
export function RecordDecisionEntry({ projectKey, relatesTo, recorded, pageNote, onRecorded }: RecordDecisionEntryProps) {
  const [open, setOpen] = useState(false);
  const done = (result: RecordedDecision) => {
    setOpen(false);
    onRecorded(result);
  };
  return (
    <div className="keel-record-decision">
      {recorded && (
        <p className="keel-note" role="status" data-testid="recorded-decision">
          {'Recorded '}
          <IssueKeyLink issueKey={recorded.key} />.{recorded.statusNote !== null && ` ${recorded.statusNote}`}
          {recorded.supersededNote !== null && ` ${recorded.supersededNote}`}
          {recorded.linkNote !== null && ` ${recorded.linkNote}`}
        </p>
      )}
      {recorded && pageNote !== null && (
        <p className="keel-note" role="status" data-testid="decision-page-note">
          {pageNote}
        </p>
      )}
      {open ? (
        <RecordDecisionForm projectKey={projectKey} {...(relatesTo === undefined ? {} : { relatesTo })} onRecorded={done} onCancel={() => setOpen(false)} />
      ) : (
        <button type="button" className="keel-button" onClick={() => setOpen(true)}>
          Record a decision
        </button>
      )}
    </div>
  );
}
