/**
 * The demo site's projects (GET /rest/api/3/project/{key}) and their permission schemes, flattened into
 * grants. WEB and PAY are open to every licensed user; PLAT is granted person by person (not to the
 * contractor); SEC has no grants at all, so nobody may browse it.
 */
import type { Snapshot } from '../snapshot-schema';
import { DEMO_USER_LIST, DEMO_USERS, userRef, type UserKey } from './users';

export type ProjectKey = 'WEB' | 'PAY' | 'PLAT' | 'SEC';

export interface DemoProject {
  key: ProjectKey;
  id: string;
  name: string;
  lead: UserKey;
  /** Team-managed ("next-gen") projects use the Story point estimate field instead of Story Points. */
  teamManaged: boolean;
  components: readonly string[];
  description: string;
}

export const DEMO_PROJECTS: Readonly<Record<ProjectKey, DemoProject>> = {
  WEB: { key: 'WEB', id: '10000', name: 'Website migration', lead: 'priya', teamManaged: false, components: ['CMS', 'Content', 'Infrastructure'], description: 'Move keel-demo.example from the legacy CMS to a headless CMS behind a new CDN.' },
  PAY: { key: 'PAY', id: '10001', name: 'Payment gateway integration', lead: 'marcus', teamManaged: false, components: ['Backend', 'Frontend', 'Finance'], description: 'Replace the legacy card processor with a new payment gateway across checkout, back end and finance.' },
  PLAT: { key: 'PLAT', id: '10002', name: 'Platform', lead: 'sam', teamManaged: true, components: [], description: 'Shared infrastructure: secrets, event streaming, networking, observability.' },
  SEC: { key: 'SEC', id: '10003', name: 'Security review', lead: 'priya', teamManaged: false, components: [], description: 'Restricted: security findings and penetration tests.' },
};

export const PROJECT_KEYS: readonly ProjectKey[] = ['WEB', 'PAY', 'PLAT', 'SEC'];

function projectAvatars(baseUrl: string, id: string): Record<string, string> {
  const url = (size: string): string => `${baseUrl}/rest/api/3/universal_avatar/view/type/project/avatar/${10400 + Number(id) - 10000}${size}`;
  return { '48x48': url(''), '24x24': url('?size=small'), '16x16': url('?size=xsmall'), '32x32': url('?size=medium') };
}

/** The `project` object inside an issue. */
export type ProjectRef = {
  self: string;
  id: string;
  key: ProjectKey;
  name: string;
  projectTypeKey: 'software';
  simplified: boolean;
  avatarUrls: Record<string, string>;
};

export function projectRef(baseUrl: string, key: ProjectKey): ProjectRef {
  const project = DEMO_PROJECTS[key];
  return {
    self: `${baseUrl}/rest/api/3/project/${project.id}`,
    id: project.id,
    key,
    name: project.name,
    projectTypeKey: 'software',
    simplified: project.teamManaged,
    avatarUrls: projectAvatars(baseUrl, project.id),
  };
}

/** The `components` of a project; ids are stable per project and name. */
export function componentRefs(baseUrl: string, key: ProjectKey): Array<{ self: string; id: string; name: string }> {
  const project = DEMO_PROJECTS[key];
  return project.components.map((name, index) => {
    const id = String(10000 + (Number(project.id) - 10000) * 10 + index);
    return { self: `${baseUrl}/rest/api/3/component/${id}`, id, name };
  });
}

/**
 * PAY's releases (GET /rest/api/3/project/{key}/versions): "1.0 Launch", the date marketing's campaign starts,
 * is what Keel's targets read as the launch date by default (the next unreleased version with a release date).
 */
function demoVersions(baseUrl: string, key: ProjectKey, launchDay: string | null): Record<string, unknown>[] {
  if (key !== 'PAY' || launchDay === null) return [];
  const projectId = Number(DEMO_PROJECTS[key].id);
  const version = (id: string, name: string, description: string, releaseDate: string | null) => ({
    self: `${baseUrl}/rest/api/3/version/${id}`, id, name, description, archived: false, released: false, ...(releaseDate === null ? {} : { releaseDate }), projectId,
  });
  return [version('10100', '1.0 Launch', 'Card payments live for the spring campaign', launchDay), version('10101', '1.1 Wallets', 'Apple Pay and Google Pay', null)];
}

/** `launchDay`: PAY's launch release date (YYYY-MM-DD), from the demo's calendar; null gives PAY no versions. */
export function snapshotProjects(baseUrl: string, launchDay: string | null = null): Snapshot['projects'] {
  return PROJECT_KEYS.map((key) => {
    const project = DEMO_PROJECTS[key];
    return {
      expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
      ...projectRef(baseUrl, key),
      description: project.description,
      lead: userRef(DEMO_USERS[project.lead], baseUrl),
      components: componentRefs(baseUrl, key),
      assigneeType: 'UNASSIGNED',
      versions: demoVersions(baseUrl, key, launchDay),
      style: project.teamManaged ? 'next-gen' : 'classic',
      isPrivate: key === 'SEC',
      properties: {},
    };
  });
}

type Permission = Snapshot['grants'][number]['permission'];

const EVERYONE_ROLE = { type: 'applicationRole' } as const;
const person = (key: UserKey): { type: 'user'; accountId: string } => ({ type: 'user', accountId: DEMO_USERS[key].accountId });

export function demoGrants(): Snapshot['grants'] {
  const grants: Snapshot['grants'] = [];
  const grant = (projectKey: ProjectKey, permission: Permission, holder: Snapshot['grants'][number]['holder']): void => {
    grants.push({ projectKey, permission, holder });
  };
  for (const projectKey of ['WEB', 'PAY'] as const) {
    for (const permission of ['BROWSE_PROJECTS', 'CREATE_ISSUES', 'EDIT_ISSUES', 'LINK_ISSUES', 'WORK_ON_ISSUES'] as const) {
      grant(projectKey, permission, EVERYONE_ROLE);
    }
  }
  const platformPeople = DEMO_USER_LIST.filter((user) => user.active && user.key !== 'aiko');
  for (const user of platformPeople) grant('PLAT', 'BROWSE_PROJECTS', person(user.key));
  for (const key of ['sam', 'noor', 'marcus', 'priya'] as const) {
    for (const permission of ['CREATE_ISSUES', 'EDIT_ISSUES', 'LINK_ISSUES', 'WORK_ON_ISSUES'] as const) grant('PLAT', permission, person(key));
  }
  // Lena and Tomás link PAY work to platform issues without being able to edit them.
  for (const key of ['lena', 'tomas'] as const) grant('PLAT', 'LINK_ISSUES', person(key));
  for (const projectKey of ['WEB', 'PAY', 'PLAT'] as const) grant(projectKey, 'ADMINISTER_PROJECTS', person('priya'));
  grant('PAY', 'ADMINISTER_PROJECTS', person('marcus'));
  return grants;
}
