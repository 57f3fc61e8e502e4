import { followLink } from '../navigation/follow-link';
import { issueAddress } from '../navigation/site-address';

/** An issue key linking to the issue's real address on the site; a plain click moves the page as Jira's links do. */
export function IssueKeyLink({ issueKey }: { issueKey: string }) {
  return (
    <a className="keel-key" href={issueAddress(issueKey)} onClick={followLink}>
      {issueKey}
    </a>
  );
}
