/**
 * Jira decision issue -> domain `DecisionRecord`: status from the mapped select field or the Jira status (mapped
 * onto the four decision statuses by name), owner from the mapped user field or the assignee, date from the
 * mapped date field or the day it was created, and the record sections from the description's headings.
 */
import { z } from 'zod';
import type { DecisionStatusNames } from '../../domain/decisions/decision-status-of';
import { decisionStatusOf, unknownStatusProblem } from '../../domain/decisions/decision-status-of';
import type { DecisionRecord } from '../../domain/decisions/decision-record';
import { adfSections, type AdfSection } from './adf-sections';
import type { JiraIssue } from './jira-issue-schema';
import { peopleOf } from './jira-person';
import { statusCategoryOf } from './raci-from-issue';

export interface DecisionFieldMap {
  statusField: string | null;
  dateField: string | null;
  ownerField: string | null;
  statusNames: DecisionStatusNames;
  supersedesLinkType: string;
}

const SECTION_NAMES = {
  context: ['context', 'background', 'problem'],
  options: ['options considered', 'options', 'alternatives', 'alternatives considered'],
  outcome: ['outcome', 'decision', 'decision outcome'],
  consequences: ['consequences', 'implications'],
} as const;

const option = z.looseObject({ value: z.string() });
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}/);

function section(sections: readonly AdfSection[], names: readonly string[]): AdfSection | undefined {
  return sections.find((s) => names.includes(s.heading.trim().replace(/[:.]+$/, '').toLowerCase()));
}

function text(found: AdfSection | undefined): string {
  return found ? [...found.lines, ...found.items.map((item) => `- ${item}`)].join('\n') : '';
}

export function decisionFromIssue(issue: JiraIssue, map: DecisionFieldMap): DecisionRecord {
  const problems: string[] = [];
  const selected = map.statusField === null ? null : option.safeParse(issue.fields[map.statusField]).data?.value ?? null;
  const statusName = selected ?? issue.fields.status?.name ?? 'Unknown status';
  const { status, known } = decisionStatusOf(statusName, statusCategoryOf(issue.fields.status?.statusCategory?.key), map.statusNames);
  if (!known) problems.push(unknownStatusProblem(statusName));

  const owner = peopleOf(map.ownerField === null ? issue.fields.assignee : issue.fields[map.ownerField])[0] ?? peopleOf(issue.fields.assignee)[0] ?? null;
  const decidedOn = map.dateField === null ? undefined : day.safeParse(issue.fields[map.dateField]).data;
  const created = day.safeParse(issue.fields.created).data;
  if (decidedOn === undefined && created === undefined) problems.push('Neither a decision date nor a created date could be read.');

  const sections = adfSections(issue.fields.description);
  const optionsSection = section(sections, SECTION_NAMES.options);
  const supersedesType = map.supersedesLinkType.toLowerCase();
  const links = issue.fields.issuelinks ?? [];
  const ofType = (wanted: boolean) => links.filter((l) => (l.type.name.toLowerCase() === supersedesType) === wanted);
  return {
    key: issue.key,
    title: issue.fields.summary ?? '',
    status,
    statusName,
    owner,
    date: (decidedOn ?? created ?? '').slice(0, 10),
    context: text(section(sections, SECTION_NAMES.context)),
    options: optionsSection ? (optionsSection.items.length > 0 ? optionsSection.items : optionsSection.lines) : [],
    outcome: text(section(sections, SECTION_NAMES.outcome)),
    consequences: text(section(sections, SECTION_NAMES.consequences)),
    linkedKeys: [...new Set(ofType(false).flatMap((l) => [l.outwardIssue?.key ?? l.inwardIssue?.key ?? []].flat()))],
    // On the issue that supersedes, the link names the older decision as `outwardIssue` ("this supersedes other").
    supersedes: [...new Set(ofType(true).flatMap((l) => (l.outwardIssue ? [l.outwardIssue.key] : [])))],
    supersededBy: [...new Set(ofType(true).flatMap((l) => (l.inwardIssue ? [l.inwardIssue.key] : [])))],
    problems,
  };
}

/** The fields a decision search asks for: the basics, the description and every mapped decision field. */
export function decisionFieldsToRequest(map: DecisionFieldMap): string[] {
  const mapped = [map.statusField, map.dateField, map.ownerField].filter((id): id is string => id !== null);
  return [...new Set(['summary', 'status', 'issuetype', 'assignee', 'created', 'description', 'issuelinks', ...mapped])];
}
