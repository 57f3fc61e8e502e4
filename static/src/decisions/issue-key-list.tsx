import { IssueKeyLink } from '../overview/issue-key-link';

/** Issue keys as links, comma separated, after a short label ("superseded by WEB-20"). */
export function IssueKeyList({ label, keys }: { label: string; keys: readonly string[] }) {
  if (keys.length === 0) return null;
  return (
    <span className="keel-decision-links">
      {`${label} `}
      {keys.map((key, index) => (
        <span key={key}>
          {index > 0 && ', '}
          <IssueKeyLink issueKey={key} />
        </span>
      ))}
    </span>
  );
}
