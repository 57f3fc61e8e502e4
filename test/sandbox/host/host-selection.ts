/**
 * What the host page shows, read from its URL query (`?user=<email>|anonymous&project=KEY&issue=KEY&module=key&theme=dark`)
 * so a test can open any combination directly. Missing or unknown values fall back to sensible defaults.
 */
import type { Principal } from '../site-types';
import type { Snapshot } from '../snapshot-schema';
import { canBrowseProject, visibleProjects } from '../site/permissions';
import { confluenceSelection, type ConfluenceSelection } from './confluence-selection';
import type { ColorMode } from './design-tokens';
import { HOST_MODULES, type HostModule } from './modules';

type User = Snapshot['users'][number];
type Project = Snapshot['projects'][number];

export interface HostSelection {
  /** undefined = anonymous. */
  user: User | undefined;
  principal: Principal;
  project: Project | undefined;
  /** False when the project was named in the URL but the user may not browse it (Jira would refuse). */
  projectVisible: boolean;
  issueKey: string | undefined;
  module: HostModule;
  /** The theme the viewer chose in Jira or Confluence (`theme=dark`); the module gets it once it enables theming. */
  theme: ColorMode;
  /** The viewer's Jira language (`locale=de-DE`), en-US unless named; the time zone is the user's profile's. */
  locale: string;
  /** Set when the URL asks for the Confluence side (`product=confluence`). */
  confluence?: ConfluenceSelection;
}

export const ANONYMOUS = 'anonymous';

/** People who can sign in: active Atlassian accounts with an email. */
export function signInUsers(snapshot: Snapshot): User[] {
  return snapshot.users.filter((u) => u.accountType === 'atlassian' && u.active && u.emailAddress !== undefined);
}

function pickUser(snapshot: Snapshot, wanted: string | null): User | undefined {
  if (wanted === ANONYMOUS) return undefined;
  const users = signInUsers(snapshot);
  const match = wanted === null ? undefined : users.find((u) => u.emailAddress?.toLowerCase() === wanted.toLowerCase());
  return match ?? users[0];
}

export function hostSelection(snapshot: Snapshot, query: URLSearchParams): HostSelection {
  const user = pickUser(snapshot, query.get('user'));
  const principal: Principal = user ? { type: 'user', accountId: user.accountId } : { type: 'anonymous' };
  const wantedProject = query.get('project')?.toUpperCase();
  const named = snapshot.projects.find((p) => p.key === wantedProject);
  const project = named ?? visibleProjects(snapshot, principal)[0];
  const wantedModule = query.get('module');
  return {
    user,
    principal,
    project,
    projectVisible: project !== undefined && canBrowseProject(snapshot, principal, project.key),
    issueKey: query.get('issue')?.toUpperCase() || undefined,
    module: HOST_MODULES.find((m) => m.key === wantedModule) ?? HOST_MODULES[0],
    theme: query.get('theme') === 'dark' ? 'dark' : 'light',
    locale: /^[a-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/.test(query.get('locale') ?? '') ? (query.get('locale') ?? 'en-US') : 'en-US',
    ...(query.get('product') === 'confluence' ? { confluence: confluenceSelection(snapshot, principal, query) } : {}),
  };
}

/** The host URL for a selection, e.g. after the app asks to open an issue. */
export function hostQuery(selection: HostSelection, issueKey?: string): string {
  const query = new URLSearchParams({
    user: selection.user?.emailAddress ?? ANONYMOUS,
    project: selection.project?.key ?? '',
    module: selection.module.key,
  });
  if (issueKey) query.set('issue', issueKey);
  return `?${query.toString()}`;
}
