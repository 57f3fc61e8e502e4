/**
 * Jira issue -> domain `WorkItem`, reading mapped custom fields through the settings. Values of the wrong
 * type (text in a number field) become null rather than a wrong number.
 */
import { z } from 'zod';
import { isCalendarDate } from '../../config/calendar-date';
import type { Settings } from '../../config/settings';
import type { ItemLink, StatusCategory, WorkItem } from '../../domain/work-item';
import type { JiraIssue } from './jira-issue-schema';
import { levellingFieldsOf, levellingFieldsToRequest } from './levelling-fields';

const numberValue = z.number().finite();
const dateValue = z.string().regex(/^\d{4}-\d{2}-\d{2}/);

/** A mapped date field's day, or null; a value that is no calendar day (2026-02-30) is also noted in `malformed`. */
function dateField(issue: JiraIssue, fieldId: string | null, slot: string, malformed: string[]): string | null {
  const raw = fieldId === null ? undefined : issue.fields[fieldId];
  if (raw === undefined || raw === null) return null;
  const day = dateValue.safeParse(raw).data?.slice(0, 10);
  if (day !== undefined && isCalendarDate(day)) return day;
  malformed.push(`${slot}: ${typeof raw === 'string' ? raw : JSON.stringify(raw)}`);
  return null;
}

function statusCategory(key: string | undefined): StatusCategory {
  if (key === 'done') return 'done';
  if (key === 'indeterminate') return 'inProgress';
  return 'todo';
}

function projectOf(key: string): string {
  return key.slice(0, Math.max(0, key.lastIndexOf('-')));
}

function links(issue: JiraIssue): ItemLink[] {
  return (issue.fields.issuelinks ?? []).flatMap((link): ItemLink[] => {
    const other = link.outwardIssue ?? link.inwardIssue;
    if (!other) return [];
    return [
      {
        id: link.id,
        linkType: link.type.name,
        direction: link.outwardIssue ? 'outward' : 'inward',
        otherKey: other.key,
        otherProjectKey: projectOf(other.key),
      },
    ];
  });
}

function field<T>(issue: JiraIssue, fieldId: string | null, schema: z.ZodType<T>): T | null {
  if (fieldId === null) return null;
  const parsed = schema.safeParse(issue.fields[fieldId]);
  return parsed.success ? parsed.data : null;
}

export function workItemFromIssue(issue: JiraIssue, settings: Settings): WorkItem {
  const f = issue.fields;
  const malformed: string[] = [];
  const startDate = dateField(issue, settings.fields.startDate, 'start date', malformed);
  const dueDate = dateField(issue, settings.fields.dueDate, 'due date', malformed);
  return {
    key: issue.key,
    projectKey: f.project?.key ?? projectOf(issue.key),
    summary: f.summary ?? '',
    type: f.issuetype?.name ?? 'Unknown type',
    status: f.status?.name ?? 'Unknown status',
    statusCategory: statusCategory(f.status?.statusCategory?.key),
    parentKey: f.parent?.key ?? null,
    assigneeId: f.assignee?.accountId ?? null,
    assigneeName: f.assignee?.displayName ?? null,
    // A story estimated only through its sub-tasks carries their sum as its aggregate estimate.
    originalEstimateSeconds: f.timeoriginalestimate ?? f.aggregatetimeoriginalestimate ?? null,
    estimateFromSubtasks: f.timeoriginalestimate == null && f.aggregatetimeoriginalestimate != null,
    storyPoints: field(issue, settings.fields.storyPoints, numberValue),
    startDate,
    dueDate,
    ...(malformed.length === 0 ? {} : { malformedDates: malformed }),
    resolutionDate: f.resolutiondate?.slice(0, 10) ?? null,
    remainingEstimateSeconds: f.timeestimate ?? null,
    timeSpentSeconds: f.timespent ?? null,
    statusCategorySince: f.statuscategorychangedate?.slice(0, 10) ?? null,
    ...threePointOf(issue, settings),
    ...levellingFieldsOf(issue, settings),
    links: links(issue),
  };
}

/** The mapped three-point estimate (working days); nothing when no field is mapped. */
function threePointOf(issue: JiraIssue, settings: Settings): Pick<WorkItem, 'threePoint'> {
  const { optimistic, mostLikely, pessimistic } = settings.forecast.fields;
  if (optimistic === null && mostLikely === null && pessimistic === null) return {};
  return { threePoint: { optimistic: field(issue, optimistic, numberValue), mostLikely: field(issue, mostLikely, numberValue), pessimistic: field(issue, pessimistic, numberValue) } };
}

/**
 * The time tracking the schedule needs: the remaining estimate for work under way (and time spent for points), and
 * time spent, which the forecast's calibration reads on done issues (actual over estimated effort).
 */
function remainingWorkFields(settings: Settings): string[] {
  if (settings.durationSource === 'originalEstimate') return ['timeestimate', 'timespent'];
  return settings.durationSource === 'storyPoints' ? ['timeestimate', 'timespent'] : ['timespent'];
}

/** Only the fields the settings map (Jira's search returns `id` alone unless asked). */
export function fieldsToRequest(settings: Settings): string[] {
  const { optimistic, mostLikely, pessimistic } = settings.forecast.fields;
  const mapped = [settings.fields.storyPoints, settings.fields.startDate, settings.fields.dueDate, optimistic, mostLikely, pessimistic].filter(
    (id): id is string => id !== null,
  );
  const base = ['summary', 'issuetype', 'status', 'project', 'parent', 'assignee', 'timeoriginalestimate', 'aggregatetimeoriginalestimate', 'resolutiondate', 'issuelinks', 'security'];
  return [...new Set([...base, ...remainingWorkFields(settings), 'statuscategorychangedate', ...mapped, ...levellingFieldsToRequest(settings)])];
}
