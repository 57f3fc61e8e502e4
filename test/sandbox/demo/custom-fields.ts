/**
 * The custom fields of the demo site: the ones every Jira Cloud site with Jira Software has (ids 10000-10028
 * as on real atlassian.net sites in shared/atlassian/jira-sites), then the ones a PMO adds and Keel maps.
 */
import type { FieldDefinition } from './system-fields';

/** Field ids the generator writes, so no `customfield_*` literal is repeated elsewhere. */
export const CF = {
  development: 'customfield_10000',
  team: 'customfield_10001',
  epicName: 'customfield_10011',
  epicLink: 'customfield_10014',
  startDate: 'customfield_10015',
  storyPointEstimate: 'customfield_10016',
  issueColor: 'customfield_10017',
  rank: 'customfield_10019',
  sprint: 'customfield_10020',
  flagged: 'customfield_10021',
  targetStart: 'customfield_10022',
  targetEnd: 'customfield_10023',
  storyPoints: 'customfield_10028',
  riskProbability: 'customfield_10050',
  riskImpact: 'customfield_10051',
  riskOwner: 'customfield_10052',
  riskCategory: 'customfield_10053',
  accountable: 'customfield_10054',
  consulted: 'customfield_10055',
  informed: 'customfield_10056',
  cost: 'customfield_10057',
  decisionStatus: 'customfield_10058',
  decisionDate: 'customfield_10059',
  businessValue: 'customfield_10060',
  releaseNotes: 'customfield_10061',
  customerImpact: 'customfield_10062',
} as const;

const SYSTEM_TYPE = 'com.atlassian.jira.plugin.system.customfieldtypes';

/** Jira appends the field type's display name to the clause names of most types. */
const CLAUSE_SUFFIX: Record<string, string> = {
  datepicker: 'Date',
  float: 'Number',
  userpicker: 'User Picker (single user)',
  multiuserpicker: 'User Picker (multiple users)',
  select: 'Dropdown',
  textarea: 'Paragraph (multi-line text)',
  multicheckboxes: 'Checkboxes',
};

function field(id: string, name: string, type: string, customType: string, items?: string): FieldDefinition {
  const customId = Number(id.replace('customfield_', ''));
  const shortType = customType.startsWith(SYSTEM_TYPE) ? customType.slice(SYSTEM_TYPE.length + 1) : '';
  const suffix = CLAUSE_SUFFIX[shortType];
  return {
    id,
    key: id,
    name,
    custom: true,
    orderable: true,
    navigable: true,
    searchable: true,
    clauseNames: [`cf[${customId}]`, name, ...(suffix ? [`${name}[${suffix}]`] : [])],
    schema: { type, ...(items ? { items } : {}), custom: customType, customId },
  };
}

const sys = (name: string): string => `${SYSTEM_TYPE}:${name}`;
const jsw = (name: string): string => `com.pyxis.greenhopper.jira:${name}`;

export const CUSTOM_FIELDS: readonly FieldDefinition[] = [
  field(CF.development, 'Development', 'any', 'com.atlassian.jira.plugins.jira-development-integration-plugin:devsummarycf'),
  field(CF.team, 'Team', 'any', 'com.atlassian.teams:rm-teams-custom-field-team'),
  field(CF.epicName, 'Epic Name', 'string', jsw('gh-epic-label')),
  field(CF.epicLink, 'Epic Link', 'any', jsw('gh-epic-link')),
  field(CF.startDate, 'Start date', 'date', sys('datepicker')),
  field(CF.storyPointEstimate, 'Story point estimate', 'number', jsw('jsw-story-points')),
  field(CF.issueColor, 'Issue color', 'string', jsw('jsw-issue-color')),
  field(CF.rank, 'Rank', 'any', jsw('gh-lexo-rank')),
  field(CF.sprint, 'Sprint', 'array', jsw('gh-sprint'), 'json'),
  field(CF.flagged, 'Flagged', 'array', sys('multicheckboxes'), 'option'),
  field(CF.targetStart, 'Target start', 'date', 'com.atlassian.jpo:jpo-custom-field-baseline-start'),
  field(CF.targetEnd, 'Target end', 'date', 'com.atlassian.jpo:jpo-custom-field-baseline-end'),
  field(CF.storyPoints, 'Story Points', 'number', sys('float')),
  field(CF.riskProbability, 'Risk probability', 'number', sys('float')),
  field(CF.riskImpact, 'Risk impact', 'number', sys('float')),
  field(CF.riskOwner, 'Risk owner', 'user', sys('userpicker')),
  field(CF.riskCategory, 'Risk category', 'option', sys('select')),
  field(CF.accountable, 'Accountable', 'user', sys('userpicker')),
  field(CF.consulted, 'Consulted', 'array', sys('multiuserpicker'), 'user'),
  field(CF.informed, 'Informed', 'array', sys('multiuserpicker'), 'user'),
  field(CF.cost, 'Cost', 'number', sys('float')),
  field(CF.decisionStatus, 'Decision status', 'option', sys('select')),
  field(CF.decisionDate, 'Decision date', 'date', sys('datepicker')),
  field(CF.businessValue, 'Business Value', 'number', sys('float')),
  field(CF.releaseNotes, 'Release notes', 'string', sys('textarea')),
  field(CF.customerImpact, 'Customer impact', 'option', sys('select')),
];

/** Options of the select fields, as `{ self, value, id }` the way issues carry them. */
export const SELECT_OPTIONS = {
  riskCategory: { Schedule: '10100', Technical: '10101', Commercial: '10102', Compliance: '10103', Security: '10104' },
  decisionStatus: { Proposed: '10110', Decided: '10111', Superseded: '10112', Rejected: '10113' },
  flagged: { Impediment: '10019' },
} as const;

export function optionValue(baseUrl: string, id: string, value: string): Record<string, string> {
  return { self: `${baseUrl}/rest/api/3/customFieldOption/${id}`, value, id };
}
