/**
 * What a Jira site offers for Keel's mappings, as plain data: its fields (with their schema's types), issue
 * link types (with both sets of words) and issue types. The use case maps the adapter's answers into these
 * shapes; detection reads nothing else.
 */

export interface SiteFieldInfo {
  id: string;
  name: string;
  /** The value's JSON type (`number`, `date`, `array` ...), or null when the site does not say. */
  valueType: string | null;
  /** The custom field type key (`com.pyxis.greenhopper.jira:gh-sprint`), null for system fields. */
  customType: string | null;
  /** The system field key (`duedate`, `timeoriginalestimate`), null for custom fields. */
  systemType: string | null;
}

export interface SiteLinkTypeInfo {
  id: string;
  name: string;
  /** Words read from the outward issue: "A <outward> B". */
  outward: string;
  /** Words read from the inward issue: "B <inward> A". */
  inward: string;
}

export interface SiteIssueTypeInfo {
  id: string;
  name: string;
  subtask: boolean;
}

export interface SiteInventory {
  fields: readonly SiteFieldInfo[];
  linkTypes: readonly SiteLinkTypeInfo[];
  issueTypes: readonly SiteIssueTypeInfo[];
}
