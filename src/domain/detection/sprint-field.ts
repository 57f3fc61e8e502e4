/**
 * The sprint field: custom type `gh-sprint` (Jira Software's), else a field named "Sprint". Keel's
 * settings do not store it yet; the report shows it so the admin sees the site is read right.
 */
import { rankedChoice, type Detection, type RankedCandidate } from './ranked-choice';
import type { SiteFieldInfo } from './site-inventory';

const GH_SPRINT = 'com.pyxis.greenhopper.jira:gh-sprint';

function candidate({ id, name, customType }: SiteFieldInfo): RankedCandidate | null {
  if (customType === GH_SPRINT) return { id, name, rank: 2, reason: 'custom field type gh-sprint' };
  if (/^\s*sprints?\s*$/i.test(name)) return { id, name, rank: 1, reason: `field named "${name}" (not of type gh-sprint)` };
  return null;
}

export function sprintField(fields: readonly SiteFieldInfo[]): Detection {
  const candidates = fields.map(candidate).filter((c): c is RankedCandidate => c !== null);
  return rankedChoice(candidates, 1, 'sprint field', 'no gh-sprint field and no field named "Sprint"');
}
