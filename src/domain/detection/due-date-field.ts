/**
 * The due date: Jira's system field `duedate`. Some sites leave it out of `/field` (hidden by the field
 * configuration); then nothing is chosen and the settings keep the system field's id.
 */
import type { Detection } from './ranked-choice';
import type { SiteFieldInfo } from './site-inventory';

export function dueDateField(fields: readonly SiteFieldInfo[]): Detection {
  const field = fields.find((f) => f.systemType === 'duedate' || f.id === 'duedate');
  if (field === undefined) return { chosen: null, reason: 'the site lists no system field duedate; Jira\'s own id "duedate" is kept', alternatives: [] };
  return { chosen: { id: field.id, name: field.name, reason: 'system field duedate' }, reason: 'the system due date field', alternatives: [] };
}
