/**
 * The RACI tab and macro: the deliverables in scope (the epics, or the issues matching the settings' JQL) read
 * as the viewer, their role fields mapped by the RACI settings (null ids found by name on the site), and the
 * matrix with its findings (DESIGN.md section 1, "RACI matrix").
 */
import { AppError } from '../app-error';
import { fetchSiteFields } from '../adapters/jira/fetch-site-fields';
import { raciFieldsToRequest, raciFromIssue, type RaciFieldMap } from '../adapters/jira/raci-from-issue';
import { searchIssuesAtOnce } from '../adapters/jira/search-issues-at-once';
import { fieldIdsByName } from '../config/field-ids-by-name';
import { RACI_FIELD_NAMES } from '../config/raci-settings';
import type { Settings } from '../config/settings';
import type { RaciResult } from '../contract/raci';
import { raciMatrixOf } from '../domain/raci/raci-matrix-of';
import { andJql, loadReportScope, type ReportPorts, type ReportScopeInput } from './report-scope';

/**
 * Rows Keel reads at once: a row weighs about 200 bytes on the wire (key, summary, status; each holder a place
 * among the people, raci-wire.ts), so 2,500 rows are some 500 KB, inside the 600 KiB answer budget (DESIGN.md
 * section 5): a program of 100,000 issues has about 2,440 epics. Reading them is 1 + 1 + 24 searches, inside
 * Forge's 100 fetches an invocation and, 6 at once at 150 ms each (search-issues-at-once.ts), about 1 s of its
 * 25 s. More deliverables than that: the first 2,500 the search gives, and the tab says the rest were left out.
 */
export const MAX_RACI_ROWS = 2500;

/** The settings' deliverables JQL for this scope; `{project}` needs a project, which a JQL scope does not have. */
function deliverablesFilter(jql: string, projectKey: string | null): string {
  if (!jql.includes('{project}')) return jql;
  if (projectKey === null) {
    throw new AppError('INVALID_SETTINGS', `The RACI deliverables JQL "${jql}" names {project}, but this view is scoped by a JQL filter, not a project. Pick a project, or write the deliverables JQL without {project} in Keel's settings.`);
  }
  return jql.replaceAll('{project}', projectKey);
}

/** The site's fields when a role field is to be found by name or is not the assignee; none otherwise. */
function siteFieldsFor(viewerJira: ReportPorts['viewerJira'], fields: Settings['raci']['fields']): Promise<{ id: string; name: string }[]> {
  const { responsible, ...named } = fields;
  const lookUp = Object.values(named).some((id) => id === null);
  return lookUp || responsible !== 'assignee' ? fetchSiteFields(viewerJira) : Promise.resolve([]);
}

export async function getRaci(ports: ReportPorts, input: ReportScopeInput & { maxRows?: number }): Promise<RaciResult> {
  // The site's fields (to find role fields by name) are read with the project, once the settings say they are
  // needed; a settings problem is said before any Jira read.
  const projectKey = 'projectKey' in input ? input.projectKey : null;
  const settingsRead = ports.loadSettings(projectKey);
  const filterRead = settingsRead.then(({ raci }) => (raci.deliverables === 'epics' ? 'issuetype = Epic' : deliverablesFilter(raci.deliverablesJql, projectKey)));
  const fieldsRead = filterRead.then(() => settingsRead).then((s) => siteFieldsFor(ports.viewerJira, s.raci.fields));
  const [{ settings, scope, jql }, filter, siteFields] = await Promise.all([loadReportScope({ ...ports, loadSettings: () => settingsRead }, input), filterRead, fieldsRead]);
  const raci = settings.raci;
  const { responsible, ...named } = raci.fields;
  const ids = fieldIdsByName(named, RACI_FIELD_NAMES, siteFields);
  const map: RaciFieldMap = { responsible, ...ids };
  const names = new Map([['assignee', 'Assignee'], ['reporter', 'Reporter'], ...siteFields.map((f): [string, string] => [f.id, f.name])]);

  const deliverablesJql = andJql(jql, filter);
  const maxRows = input.maxRows ?? MAX_RACI_ROWS;
  const search = await searchIssuesAtOnce(ports.viewerJira, { jql: deliverablesJql, fields: raciFieldsToRequest(map), maxIssues: maxRows });
  const matrix = raciMatrixOf(search.issues.map((issue) => raciFromIssue(issue, map)), { accountableLimit: raci.accountableLimit });
  const field = (id: string | null) => ({ fieldId: id, fieldName: id === null ? null : (names.get(id) ?? null) });
  return {
    ...matrix,
    scope,
    deliverablesJql,
    roleFields: [
      { role: 'R', ...field(map.responsible) },
      { role: 'A', ...field(map.accountable ?? 'reporter') },
      { role: 'C', ...field(map.consulted) },
      { role: 'I', ...field(map.informed) },
    ],
    accountableLimit: raci.accountableLimit,
    truncatedAt: search.truncated ? maxRows : null,
  };
}
