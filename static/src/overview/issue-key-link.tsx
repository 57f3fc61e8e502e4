import { router } from '@forge/bridge';
import type { MouseEvent } from 'react';

/** An issue key that opens the issue through the host (Forge's router), since the app runs in an iframe. */
export function IssueKeyLink({ issueKey }: { issueKey: string }) {
  const href = `/browse/${encodeURIComponent(issueKey)}`;
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    router.open(href).catch((error: unknown) => {
      console.error(`Could not open ${issueKey}:`, error instanceof Error ? error.message : error);
    });
  };
  return (
    <a className="keel-key" href={href} onClick={onClick}>
      {issueKey}
    </a>
  );
}
