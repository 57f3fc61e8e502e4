/**
 * Keel's mappings read off a site: fields (story points, start date, due date, sprint), the duration
 * source, dependency link types, risk and decision issue types. Every choice carries its reason and the
 * alternatives it beat, so an admin can check it before saving. O(fields + link types + issue types).
 */
import { dependencyLinkTypes, type LinkTypeDetection } from './dependency-link-types';
import { dueDateField } from './due-date-field';
import { durationSourceChoice, type DurationSourceChoice } from './duration-source-choice';
import { decisionIssueType, riskIssueType } from './issue-type-choice';
import type { Detection } from './ranked-choice';
import type { SiteInventory } from './site-inventory';
import { sprintField } from './sprint-field';
import { startDateField } from './start-date-field';
import { storyPointsField } from './story-points-field';

export interface DetectionReport {
  fields: { storyPoints: Detection; startDate: Detection; dueDate: Detection; sprint: Detection };
  durationSource: DurationSourceChoice;
  linkTypes: LinkTypeDetection;
  issueTypes: { risk: Detection; decision: Detection };
}

export function siteDetection(site: SiteInventory): DetectionReport {
  const storyPoints = storyPointsField(site.fields);
  const startDate = startDateField(site.fields);
  return {
    fields: { storyPoints, startDate, dueDate: dueDateField(site.fields), sprint: sprintField(site.fields) },
    durationSource: durationSourceChoice(site.fields, storyPoints, startDate),
    linkTypes: dependencyLinkTypes(site.linkTypes),
    issueTypes: { risk: riskIssueType(site.issueTypes), decision: decisionIssueType(site.issueTypes) },
  };
}
