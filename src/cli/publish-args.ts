/**
 * `keel publish --project KEY --space KEY [--parent ID] --artefact raci|decisions --site URL --email EMAIL
 * --token TOKEN [--settings FILE]`: checked all at once, like every command. Publishing needs a site (a real
 * one or a running sandbox): a snapshot file has no Confluence to write to.
 */
import type { PublishArtefact } from '../contract';
import { sourceOf } from './parse-args';
import { UsageError } from './usage-error';

export interface PublishCommand {
  name: 'publish';
  projectKey: string;
  spaceKey: string;
  parentId: string | null;
  artefact: Exclude<PublishArtefact, 'status'>;
  settingsFile: string | null;
  site: { url: string; email: string; token: string };
}

export const PUBLISH_FLAGS = ['project', 'space', 'parent', 'artefact', 'settings', 'site', 'email', 'token', 'snapshot', 'user'] as const;

export function publishCommand(flags: Map<string, string>, problems: string[]): PublishCommand {
  const projectKey = flags.get('project');
  if (projectKey === undefined) problems.push('--project KEY is required');
  else if (!/^[A-Z][A-Z0-9_]{0,19}$/.test(projectKey)) problems.push(`--project must be a Jira project key such as PAY, not "${projectKey}"`);
  const spaceKey = flags.get('space');
  if (spaceKey === undefined) problems.push('--space KEY is required (the Confluence space to publish into)');
  else if (!/^[A-Za-z0-9~][A-Za-z0-9_~]{0,254}$/.test(spaceKey)) problems.push(`--space must be a Confluence space key such as PMO, not "${spaceKey}"`);
  const parentId = flags.get('parent') ?? null;
  if (parentId !== null && !/^[1-9][0-9]{0,18}$/.test(parentId)) problems.push(`--parent must be a Confluence page id (digits), not "${parentId}"`);
  const artefact = flags.get('artefact');
  if (artefact === undefined) problems.push('--artefact raci|decisions is required');
  else if (artefact !== 'raci' && artefact !== 'decisions') problems.push(`--artefact must be raci or decisions, not "${artefact}"`);
  if (flags.has('snapshot')) problems.push('publish writes to Confluence, which a snapshot file does not have: give --site URL --email EMAIL --token TOKEN (a real site, or a running sandbox from npm start)');
  const source = flags.has('snapshot') ? null : sourceOf(flags, problems);
  if (problems.length > 0 || source?.kind !== 'site' || projectKey === undefined || spaceKey === undefined || (artefact !== 'raci' && artefact !== 'decisions')) {
    throw new UsageError(problems.join('; '));
  }
  return { name: 'publish', projectKey, spaceKey, parentId, artefact, settingsFile: flags.get('settings') ?? null, site: { url: source.url, email: source.email, token: source.token } };
}
