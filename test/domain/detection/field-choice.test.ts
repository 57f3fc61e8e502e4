/** Fields and issue types chosen by type, then name, then age; the duration source that follows. */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { durationSourceChoice } from '../../../src/domain/detection/duration-source-choice';
import { decisionIssueType, riskIssueType } from '../../../src/domain/detection/issue-type-choice';
import { siteDetection } from '../../../src/domain/detection/site-detection';
import type { SiteFieldInfo } from '../../../src/domain/detection/site-inventory';
import { startDateField } from '../../../src/domain/detection/start-date-field';
import { storyPointsField } from '../../../src/domain/detection/story-points-field';

const cf = (type: string) => `com.atlassian.jira.plugin.system.customfieldtypes:${type}`;
const field = (id: string, name: string, valueType: string, customType: string | null, systemType: string | null = null): SiteFieldInfo => ({ id, name, valueType, customType, systemType });
const estimate = field('customfield_10016', 'Story point estimate', 'number', 'com.pyxis.greenhopper.jira:jsw-story-points');
const points = (id: string) => field(id, 'Story Points', 'number', cf('float'));

describe('storyPointsField', () => {
  it('prefers jsw-story-points to a float named "Story Points", and says why', () => {
    const result = storyPointsField([points('customfield_10026'), estimate]);
    expect(result.chosen?.id).toBe('customfield_10016');
    expect(result.reason).toMatch(/^both kinds exist: chose "Story point estimate" \(customfield_10016\)/);
    expect(result.alternatives.map((a) => a.id)).toEqual(['customfield_10026']);
  });

  it('chooses the oldest of equal fields, and never a field that only mentions story points', () => {
    expect(storyPointsField([points('customfield_10623'), points('customfield_10571')]).chosen?.id).toBe('customfield_10571');
    const only = storyPointsField([field('customfield_1', 'Original story points', 'number', 'com.atlassian.jpo:jpo-custom-field-original-story-points')]);
    expect(only.chosen).toBeNull();
    expect(only.alternatives).toHaveLength(1);
  });

  it('answers none on a site without story points', () => {
    expect(storyPointsField([])).toEqual({ chosen: null, reason: 'no jsw-story-points field and no number field named "Story Points"', alternatives: [] });
  });
});

describe('startDateField', () => {
  it('prefers the "Start date" picker, then the target start, and lists starts that are not planned', () => {
    const fields = [
      field('customfield_10008', 'Actual start', 'datetime', cf('datetime')),
      field('customfield_10022', 'Target start', 'date', 'com.atlassian.jpo:jpo-custom-field-baseline-start'),
      field('customfield_10015', 'Start date', 'date', cf('datepicker')),
    ];
    expect(startDateField(fields).chosen?.id).toBe('customfield_10015');
    expect(startDateField(fields.slice(0, 2)).chosen?.id).toBe('customfield_10022');
    expect(startDateField(fields.slice(0, 1))).toMatchObject({ chosen: null, alternatives: [{ id: 'customfield_10008' }] });
  });
});

describe('risk and decision issue types', () => {
  const types = ['Quality Risk', 'Risk', 'PM Decision', 'Architecture Decision Record'].map((name, i) => ({ id: String(i + 1), name, subtask: false }));
  it('prefers an exact name to one containing the word', () => {
    expect(riskIssueType(types)).toMatchObject({ chosen: { name: 'Risk' }, alternatives: [{ name: 'Quality Risk' }] });
    expect(decisionIssueType(types).chosen?.name).toBe('Architecture Decision Record');
    expect(decisionIssueType([{ id: '9', name: 'ADR', subtask: false }]).chosen?.name).toBe('ADR');
    expect(riskIssueType([{ id: '9', name: 'Bug', subtask: false }]).chosen).toBeNull();
  });
});

describe('durationSourceChoice and siteDetection', () => {
  it('keeps the original estimate with time tracking, else story points, else the date span', () => {
    const timeTracking = field('timeoriginalestimate', 'Original Estimate', 'number', null, 'timeoriginalestimate');
    const start = field('customfield_10015', 'Start date', 'date', cf('datepicker'));
    expect(siteDetection({ fields: [timeTracking, estimate], linkTypes: [], issueTypes: [] }).durationSource.chosen).toBe('originalEstimate');
    expect(siteDetection({ fields: [estimate, start], linkTypes: [], issueTypes: [] }).durationSource.chosen).toBe('storyPoints');
    expect(siteDetection({ fields: [start], linkTypes: [], issueTypes: [] }).durationSource.chosen).toBe('dateSpan');
    expect(durationSourceChoice([], storyPointsField([]), startDateField([])).chosen).toBe('originalEstimate');
  });
});
