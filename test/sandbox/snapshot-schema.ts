/**
 * A site snapshot: everything the sandbox serves, in Jira's and Confluence's own REST shapes, so a
 * snapshot can be made from a real site's export. Documented in test/sandbox/SNAPSHOT.md.
 */
import { z } from 'zod';

const jsonObject = z.record(z.string(), z.unknown());

/** GET /rest/api/3/user (and the `author`, `assignee` ... objects inside issues). */
export const snapshotUser = z.looseObject({
  accountId: z.string(),
  accountType: z.enum(['atlassian', 'app', 'customer']),
  displayName: z.string(),
  emailAddress: z.string().optional(),
  active: z.boolean(),
  timeZone: z.string().optional(),
});

/** GET /rest/api/3/project/{key} (without expansions). */
export const snapshotProject = z.looseObject({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  projectTypeKey: z.string(),
  simplified: z.boolean().optional(),
  style: z.enum(['classic', 'next-gen']).optional(),
  lead: z.looseObject({ accountId: z.string() }).optional(),
});

/**
 * One grant of a project permission, as a permission scheme holds it. Holder types follow Jira's:
 * `user` (one account), `applicationRole` (any signed-in user of the site), `anyone` (also anonymous).
 */
export const snapshotGrant = z.object({
  projectKey: z.string(),
  permission: z.enum(['BROWSE_PROJECTS', 'ADMINISTER_PROJECTS', 'CREATE_ISSUES', 'EDIT_ISSUES', 'LINK_ISSUES', 'WORK_ON_ISSUES']),
  holder: z.discriminatedUnion('type', [
    z.object({ type: z.literal('user'), accountId: z.string() }),
    z.object({ type: z.literal('applicationRole') }),
    z.object({ type: z.literal('anyone') }),
  ]),
});

/** An issue as POST /rest/api/3/search/jql returns it with `fields=*all`. */
export const snapshotIssue = z.looseObject({
  id: z.string(),
  key: z.string(),
  self: z.string().optional(),
  fields: z.looseObject({
    summary: z.string(),
    project: z.looseObject({ id: z.string(), key: z.string() }),
    issuetype: z.looseObject({ id: z.string(), name: z.string() }),
    status: z.looseObject({ id: z.string(), name: z.string() }),
    created: z.string(),
    updated: z.string(),
    issuelinks: z.array(jsonObject).optional(),
  }),
});

/** GET /rest/api/3/issuesecurityschemes -> issueSecuritySchemes (the `SecurityScheme` shape), with its levels. */
export const snapshotSecurityScheme = z.looseObject({
  id: z.number(),
  name: z.string(),
  description: z.string().optional(),
  defaultSecurityLevelId: z.number().optional(),
  levels: z.array(z.looseObject({ id: z.string(), name: z.string(), description: z.string().optional() })),
});

/**
 * GET /rest/api/3/issuesecurityschemes/{id}/members -> values (the `IssueSecurityLevelMember` shape): who is in a
 * level. Holder types follow Jira's: `user` (`parameter` an accountId), `reporter` and `assignee` (of the issue
 * itself), `applicationRole` (any signed-in user); groups and project roles are expanded to users.
 */
export const snapshotSecurityLevelMember = z.object({
  id: z.number(),
  issueSecurityLevelId: z.number(),
  holder: z.discriminatedUnion('type', [
    z.object({ type: z.literal('user'), parameter: z.string() }),
    z.object({ type: z.literal('reporter') }),
    z.object({ type: z.literal('assignee') }),
    z.object({ type: z.literal('applicationRole') }),
  ]),
});

export const snapshotSchema = z.object({
  schemaVersion: z.literal(1),
  site: z.object({ baseUrl: z.string().url(), name: z.string(), generatedAt: z.string().optional() }),
  users: z.array(snapshotUser),
  /** accountIds holding the global ADMINISTER permission (Jira administrators). */
  siteAdmins: z.array(z.string()),
  projects: z.array(snapshotProject),
  grants: z.array(snapshotGrant),
  /** GET /rest/api/3/field */
  fields: z.array(z.looseObject({ id: z.string(), name: z.string(), custom: z.boolean() })),
  /** GET /rest/api/3/issuetype */
  issueTypes: z.array(z.looseObject({ id: z.string(), name: z.string(), subtask: z.boolean() })),
  /** GET /rest/api/3/issueLinkType -> issueLinkTypes */
  issueLinkTypes: z.array(z.looseObject({ id: z.string(), name: z.string(), inward: z.string(), outward: z.string() })),
  /** GET /rest/api/3/status */
  statuses: z.array(
    z.looseObject({
      id: z.string(),
      name: z.string(),
      statusCategory: z.looseObject({ id: z.number(), key: z.enum(['new', 'indeterminate', 'done', 'undefined']), name: z.string() }),
    }),
  ),
  issues: z.array(snapshotIssue),
  /** Issue security schemes and their levels' members; absent: the site uses no issue security. */
  issueSecuritySchemes: z.array(snapshotSecurityScheme).optional(),
  issueSecurityLevelMembers: z.array(snapshotSecurityLevelMember).optional(),
  /** GET /rest/api/3/issue/{id}/worklog -> worklogs, keyed by issue id. */
  worklogs: z.record(z.string(), z.array(jsonObject)),
  /** GET /rest/api/3/issue/{id}/changelog -> values, keyed by issue id. */
  changelogs: z.record(z.string(), z.array(jsonObject)),
  confluence: z.object({
    /** GET /wiki/api/v2/spaces -> results */
    spaces: z.array(z.looseObject({ id: z.string(), key: z.string(), name: z.string() })),
    /** GET /wiki/api/v2/pages/{id}?body-format=atlas_doc_format, body value as a JSON string. */
    pages: z.array(z.looseObject({ id: z.string(), title: z.string(), spaceId: z.string() })),
    /**
     * Who may read, write and administer each space: accountIds, or "anyone-signed-in". Administering (purging
     * trashed pages) is optional: absent, only the app may.
     */
    spacePermissions: z.array(
      z.object({ spaceKey: z.string(), read: z.array(z.string()), write: z.array(z.string()), admin: z.array(z.string()).optional() }),
    ),
    /** GET /wiki/api/v2/pages/{id}/properties -> results, keyed by page id. Optional: absent means none. */
    pageProperties: z
      .record(
        z.string(),
        z.array(z.looseObject({ id: z.string(), key: z.string(), value: z.unknown(), version: z.looseObject({ number: z.number() }) })),
      )
      .optional(),
  }),
});

export type Snapshot = z.infer<typeof snapshotSchema>;
export type SnapshotIssue = z.infer<typeof snapshotIssue>;
