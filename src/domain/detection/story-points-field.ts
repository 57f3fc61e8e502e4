/**
 * The story points field. Jira Software has two: the team-managed "Story point estimate" (custom type
 * `jsw-story-points`, identified by its type) and the company-managed "Story Points" (a plain number
 * field, custom type `float`, identified only by its name). The type is the surer sign, so it ranks first;
 * other number fields named like story points ("Original story points") are listed, never chosen.
 */
import { rankedChoice, type Detection, type RankedCandidate } from './ranked-choice';
import type { SiteFieldInfo } from './site-inventory';

export const JSW_STORY_POINTS = 'com.pyxis.greenhopper.jira:jsw-story-points';
const FLOAT = 'com.atlassian.jira.plugin.system.customfieldtypes:float';

const shortType = (customType: string): string => customType.slice(customType.indexOf(':') + 1);

function candidate(field: SiteFieldInfo): RankedCandidate | null {
  const { id, name, customType } = field;
  if (customType === JSW_STORY_POINTS) return { id, name, rank: 3, reason: 'custom field type jsw-story-points (team-managed story point estimate)' };
  if (field.valueType !== 'number' || !/story[\s-]*points?/i.test(name)) return null;
  if (/^\s*story[\s-]*points?\s*$/i.test(name)) {
    const type = customType === null ? 'system' : shortType(customType);
    return { id, name, rank: customType === FLOAT ? 2 : 1, reason: `number field named "${name}" (custom type ${type}${customType === FLOAT ? ', the company-managed story points field' : ''})` };
  }
  return { id, name, rank: 0, reason: `number field whose name mentions story points${customType === null ? '' : ` (custom type ${shortType(customType)})`}` };
}

export function storyPointsField(fields: readonly SiteFieldInfo[]): Detection {
  const candidates = fields.map(candidate).filter((c): c is RankedCandidate => c !== null);
  const detection = rankedChoice(candidates, 1, 'story points field', 'no jsw-story-points field and no number field named "Story Points"');
  const { chosen } = detection;
  const companyManaged = candidates.filter((c) => c.rank === 2).sort((a, b) => a.id.localeCompare(b.id));
  if (chosen !== null && candidates.find((c) => c.id === chosen.id)?.rank === 3 && companyManaged.length > 0) {
    const others = companyManaged.map((c) => `"${c.name}" (${c.id})`).join(', ');
    return {
      ...detection,
      reason: `both kinds exist: chose "${chosen.name}" (${chosen.id}) because its custom type jsw-story-points identifies it for certain and team-managed projects estimate in it; company-managed projects may estimate in ${others}: choose that field for them in the project settings`,
    };
  }
  return detection;
}
