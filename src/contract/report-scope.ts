/** What an analysis (a Jira tab, a Confluence macro) was asked for: a project or a JQL filter, and a line saying which. */
export interface ReportScope {
  projectKey: string | null;
  jql: string | null;
  /** "Website relaunch (WEB)" or the JQL as typed. */
  label: string;
}
