/**
 * Whether an issue edit can change a stored analysis (issue #11: a refresh only when it can). The consumer reads
 * only the fields `storedFields` names, so an edit whose every changed field is outside them leaves every stored
 * figure as it was: ranking a backlog, moving work between sprints, editing a description or a risk's score. Such
 * an edit queues no refresh; the next refresh reads the issue anyway (it was updated since the last sync).
 * Conservative: a change is inert only when Jira names its field id, the id is not stored, and it is a system field
 * known to imply no stored one, or a custom field that is not an epic or parent link (which sets `parent`). A status
 * change also moves the stored status-category date, a resolution the resolution date, a move the project and key:
 * none of those is on the list. An event without a changelog, or with an empty one, counts as a change.
 */

/** One changed field of an `avi:jira:updated:issue` event's changelog, as Jira names it. */
export interface ChangedField {
  /** The field's name for a custom field ("Sprint"), its id for most system fields. */
  field?: string;
  fieldId?: string;
}

/** System fields Keel reads only when the settings map them (then `storedFields` names them) and that imply no stored field. */
const INERT_SYSTEM_FIELDS: ReadonlySet<string> = new Set(['description', 'environment', 'attachment', 'labels', 'components', 'fixVersions', 'versions', 'priority', 'reporter']);

const CUSTOM_FIELD_ID = /^customfield_\d+$/;
/** Jira's epic and parent links (company-managed "Epic Link", Advanced Roadmaps' "Parent Link") set an issue's parent. */
const SETS_PARENT = /epic|parent/i;

export function editTouchesAnalysis(items: readonly ChangedField[] | undefined, storedFields: ReadonlySet<string>): boolean {
  return items === undefined || items.length === 0 || items.some((item) => !inert(item, storedFields));
}

/** Whether the changelog could be all inert before the settings are read: no field that is stored on every site. */
export const mayBeInert = (items: readonly ChangedField[] | undefined): boolean => !editTouchesAnalysis(items, new Set());

function inert(item: ChangedField, storedFields: ReadonlySet<string>): boolean {
  const id = item.fieldId;
  if (id === undefined || storedFields.has(id)) return false;
  if (INERT_SYSTEM_FIELDS.has(id)) return true;
  return CUSTOM_FIELD_ID.test(id) && !SETS_PARENT.test(item.field ?? '');
}
