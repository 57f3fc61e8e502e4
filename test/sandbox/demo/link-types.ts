/**
 * Issue link types of the demo site (GET /rest/api/3/issueLinkType). Names and inward/outward words are
 * the ones real sites use (shared/atlassian/jira-sites/issuelinktype_information.json, atlassian.net ids).
 */
export type LinkTypeName =
  | 'Blocks' | 'Cloners' | 'Duplicate' | 'Relates'
  | 'Gantt Start to Start' | 'Gantt End to Start' | 'Gantt End to End'
  | 'Mitigates' | 'Supersedes';

/* A type alias, not an interface, so it fits the snapshot schema's open objects. */
export type IssueLinkType = {
  id: string;
  name: LinkTypeName;
  inward: string;
  outward: string;
  self: string;
};

const ROWS: ReadonlyArray<[LinkTypeName, string, string, string]> = [
  ['Blocks', '10000', 'is blocked by', 'blocks'],
  ['Cloners', '10001', 'is cloned by', 'clones'],
  ['Duplicate', '10002', 'is duplicated by', 'duplicates'],
  ['Relates', '10003', 'relates to', 'relates to'],
  ['Gantt Start to Start', '10008', 'has to be started together with', 'has to be started together with'],
  ['Gantt End to Start', '10009', 'has to be done after', 'has to be done before'],
  ['Gantt End to End', '10013', 'has to be finished together with', 'has to be finished together with'],
  ['Mitigates', '10014', 'is mitigated by', 'mitigates'],
  ['Supersedes', '10015', 'is superseded by', 'supersedes'],
];

export function demoLinkTypes(baseUrl: string): IssueLinkType[] {
  return ROWS.map(([name, id, inward, outward]) => ({ id, name, inward, outward, self: `${baseUrl}/rest/api/3/issueLinkType/${id}` }));
}
