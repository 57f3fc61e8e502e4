/**
 * The demo site's people. Account ids and names are fixed (not seeded) so tests and docs can name them.
 * Shapes follow GET /rest/api/3/user and the user objects embedded in issues, worklogs and changelogs.
 */
export type UserKey = 'priya' | 'marcus' | 'lena' | 'tomas' | 'aiko' | 'sam' | 'noor' | 'ruth' | 'daniel';

export interface DemoUser {
  key: UserKey;
  accountId: string;
  displayName: string;
  emailAddress: string;
  timeZone: string;
  active: boolean;
  /** What this person does, for the docs; not a Jira field. */
  role: string;
}

const person = (
  key: UserKey,
  accountId: string,
  displayName: string,
  email: string,
  timeZone: string,
  role: string,
  active = true,
): DemoUser => ({ key, accountId, displayName, emailAddress: `${email}@keel-demo.example`, timeZone, active, role });

export const DEMO_USERS: Readonly<Record<UserKey, DemoUser>> = {
  priya: person('priya', '712020:3f6c2a1e-8b4d-4e27-9c51-0a7d2e9b4f13', 'Priya Natarajan', 'priya.natarajan', 'Europe/London', 'Project manager, site admin'),
  marcus: person('marcus', '712020:9b2e71c4-55d0-4a8f-b3e6-1c4f8a0d6e25', 'Marcus Webb', 'marcus.webb', 'Europe/London', 'Backend lead'),
  lena: person('lena', '712020:c41d8e07-2a9f-4b63-8e15-7f0b3c9a2d48', 'Lena Fischer', 'lena.fischer', 'Europe/Berlin', 'Frontend engineer'),
  tomas: person('tomas', '712020:5e8a0f32-d71b-4c94-a6e2-93b1d4c7f056', 'Tomás Herrera', 'tomas.herrera', 'Europe/Madrid', 'Finance'),
  aiko: person('aiko', '712020:a7f3b9d2-0c6e-4d18-95ab-e2c8401f7b39', 'Aiko Tanaka', 'aiko.tanaka', 'Asia/Tokyo', 'Contractor (WEB and PAY only)'),
  sam: person('sam', '712020:1d9c4e6a-b38f-47e0-8d25-6a0f9e3b1c72', 'Sam Okafor', 'sam.okafor', 'Africa/Lagos', 'Platform engineer'),
  noor: person('noor', '712020:e6b05a18-4f2c-4a97-b1d3-58c7e0a29f64', 'Noor Haddad', 'noor.haddad', 'Asia/Dubai', 'Backend engineer'),
  ruth: person('ruth', '712020:8c27f4d1-9e05-4b3a-a6f8-0d1e5b7c3a90', 'Ruth Adeyemi', 'ruth.adeyemi', 'Europe/Dublin', 'Content editor'),
  daniel: person('daniel', '712020:2a5e9c70-6d1b-4f83-9e4a-b7c0f2d8e516', 'Daniel Kowalski', 'daniel.kowalski', 'Europe/Warsaw', 'Former content lead (deactivated)', false),
};

export const DEMO_USER_LIST: readonly DemoUser[] = Object.values(DEMO_USERS);

export function demoUser(key: UserKey): DemoUser {
  return DEMO_USERS[key];
}

function initials(name: string): string {
  return name
    .split(' ')
    .map((part) => part[0] ?? '')
    .join('')
    .toUpperCase();
}

/** Atlassian's initials avatars, as a site without uploaded avatars serves them. */
export function avatarUrls(user: DemoUser): Record<'48x48' | '24x24' | '16x16' | '32x32', string> {
  const fallback = encodeURIComponent(
    `https://avatar-management--avatars.us-west-2.prod.public.atl-paas.net/initials/${initials(user.displayName)}-3.png`,
  );
  const hash = user.accountId.replace(/[^0-9a-f]/g, '').slice(0, 32);
  const url = (size: number): string => `https://secure.gravatar.com/avatar/${hash}?d=${fallback}&s=${size}`;
  return { '48x48': url(48), '24x24': url(24), '16x16': url(16), '32x32': url(32) };
}

/** The user object inside issues, worklogs and changelogs (UserDetails in the OpenAPI spec). */
export type UserRef = {
  self: string;
  accountId: string;
  emailAddress: string;
  avatarUrls: Record<string, string>;
  displayName: string;
  active: boolean;
  timeZone: string;
  accountType: 'atlassian';
};

export function userRef(user: DemoUser, baseUrl: string): UserRef {
  return {
    self: `${baseUrl}/rest/api/3/user?accountId=${user.accountId}`,
    accountId: user.accountId,
    emailAddress: user.emailAddress,
    avatarUrls: avatarUrls(user),
    displayName: user.displayName,
    active: user.active,
    timeZone: user.timeZone,
    accountType: 'atlassian',
  };
}

/** GET /rest/api/3/user answers, for the snapshot's `users`. */
export function snapshotUsers(baseUrl: string): Array<UserRef & { locale: string }> {
  return DEMO_USER_LIST.map((user) => ({ ...userRef(user, baseUrl), locale: 'en_GB' }));
}
