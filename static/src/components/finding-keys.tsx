import { useState } from 'react';
import { IssueKeyLink } from '../overview/issue-key-link';
import { fmt } from '../format/current-format';

/**
 * A finding's issue keys, linked. Past `shown` keys (one Accountable on 1,250 epics) the first `shown` are listed
 * and a button lists the rest on demand, so a long finding does not weigh on the page's first paint.
 */
export function FindingKeys({ keys, label, shown = Infinity }: { keys: readonly string[]; label: string; shown?: number }) {
  const [all, setAll] = useState(false);
  const listed = all ? keys : keys.slice(0, shown);
  return (
    <ul className="keel-keys" aria-label={label}>
      {listed.map((key) => (
        <li key={key}>
          <IssueKeyLink issueKey={key} />
        </li>
      ))}
      {listed.length < keys.length && (
        <li>
          <button type="button" className="keel-link-button" onClick={() => setAll(true)}>
            {`Show all ${fmt().number(keys.length)}`}
          </button>
        </li>
      )}
    </ul>
  );
}
