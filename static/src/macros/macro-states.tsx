import type { ErrorCode } from '@contract';
import { errorAdvice } from '../api/error-advice';
import { EmptyState } from '../components/empty-state';
import { ErrorState } from '../components/error-state';
import { MACRO_TITLES, PROJECT_ONLY, type MacroConfig, type MacroKind } from './macro-context';

/** Which project or filter a macro was configured with, in words. */
export function configLabel(config: MacroConfig): string {
  return 'projectKey' in config ? `project ${config.projectKey}` : `the filter "${config.jql}"`;
}

/** The macro was inserted but never configured. */
export function NotConfigured({ kind }: { kind: MacroKind }) {
  return (
    <EmptyState
      title={`${MACRO_TITLES[kind]}: not configured yet`}
      message={`Edit the page, select this macro and open its settings (the pencil) to choose ${PROJECT_ONLY.has(kind) ? 'a Jira project' : 'a Jira project or a JQL filter'}.`}
    />
  );
}

/**
 * A macro's failure, with the three states a reader must be able to tell apart: the project is hidden from
 * them, Keel has no Jira site to read, or something else went wrong.
 */
export function MacroError({ kind, config, code, message, onRetry }: { kind: MacroKind; config: MacroConfig; code: ErrorCode; message: string; onRetry: () => void }) {
  if (code === 'NOT_FOUND' || code === 'FORBIDDEN') {
    return (
      <ErrorState
        title={`You cannot see ${configLabel(config)}`}
        message={message}
        advice="This macro shows Jira data with your own Jira permissions. Ask a Jira admin for access to the project, or ask the page's author which project it should show."
      />
    );
  }
  if (code === 'NOT_CONFIGURED') {
    return (
      <ErrorState
        title="Keel has no Jira site linked"
        message={message}
        advice="Keel reads Jira from the Jira site of this organisation. Ask your Atlassian admin to install Keel in Jira."
      />
    );
  }
  if (code === 'JIRA_ERROR' && 'jql' in config) {
    return (
      <ErrorState
        title="Jira could not run this macro's filter"
        message={message}
        advice="Edit the macro's JQL filter. A project you may not browse reads as one that does not exist, so a filter naming it fails for you."
      />
    );
  }
  return <ErrorState title={`${MACRO_TITLES[kind]} could not load ${configLabel(config)}`} message={message} advice={errorAdvice(code)} onRetry={onRetry} />;
}
