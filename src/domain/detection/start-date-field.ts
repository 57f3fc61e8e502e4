/**
 * The planned start date field. Best: a date picker named "Start date" (Jira Cloud's own); then Advanced
 * Roadmaps' "Target start" (custom type `jpo-custom-field-baseline-start`); then a date field whose name
 * begins with the start ("Start Date(WBSGantt)", "Planned Start"). Other dates naming a start ("Actual
 * start", "Change start date") are listed, never chosen. O(n) in the fields.
 */
import { rankedChoice, type Detection, type RankedCandidate } from './ranked-choice';
import type { SiteFieldInfo } from './site-inventory';

const DATEPICKER = 'com.atlassian.jira.plugin.system.customfieldtypes:datepicker';
const TARGET_START = 'com.atlassian.jpo:jpo-custom-field-baseline-start';

function candidate(field: SiteFieldInfo): RankedCandidate | null {
  const { id, name, customType, valueType } = field;
  if (valueType !== 'date' && valueType !== 'datetime') return null;
  const plain = name.trim().toLowerCase();
  if (customType === DATEPICKER && plain === 'start date') return { id, name, rank: 4, reason: 'date picker named "Start date"' };
  if (customType === TARGET_START) return { id, name, rank: 3, reason: 'custom field type jpo-custom-field-baseline-start (Advanced Roadmaps target start)' };
  if (valueType === 'date' && /^(planned |scheduled )?(start|begin)/.test(plain)) return { id, name, rank: 2, reason: `date field named "${name}"` };
  if (/\b(start|begin)/.test(plain)) return { id, name, rank: 1, reason: `${valueType} field whose name mentions a start, not a planned start` };
  return null;
}

export function startDateField(fields: readonly SiteFieldInfo[]): Detection {
  const candidates = fields.map(candidate).filter((c): c is RankedCandidate => c !== null);
  return rankedChoice(candidates, 2, 'start date field', 'no date field named "Start date" and no target start');
}
