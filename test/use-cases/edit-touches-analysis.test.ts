/** Which issue edits can change a stored analysis (src/use-cases/edit-touches-analysis.ts). Items as Jira's changelog names them. */
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import { editTouchesAnalysis, mayBeInert } from '../../src/use-cases/edit-touches-analysis';

// A site mapping story points to customfield_10016 and levelling over components.
const stored = new Set(['summary', 'issuetype', 'status', 'project', 'parent', 'assignee', 'timeoriginalestimate', 'timeestimate', 'resolutiondate', 'issuelinks', 'security', 'duedate', 'customfield_10016', 'components']);
const rank = { field: 'Rank', fieldtype: 'custom', fieldId: 'customfield_10019' };
const sprint = { field: 'Sprint', fieldtype: 'custom', fieldId: 'customfield_10020' };
const description = { field: 'description', fieldtype: 'jira', fieldId: 'description' };

describe('editTouchesAnalysis', () => {
  it('ranking, a sprint move and a description edit change nothing stored', () => {
    expect(editTouchesAnalysis([rank], stored)).toBe(false);
    expect(editTouchesAnalysis([sprint, rank], stored)).toBe(false);
    expect(editTouchesAnalysis([description, { field: 'labels', fieldId: 'labels' }], stored)).toBe(false);
  });

  it('any stored field among the changes counts: an estimate, a status, mapped story points, a mapped pool', () => {
    expect(editTouchesAnalysis([rank, { field: 'timeestimate', fieldId: 'timeestimate' }], stored)).toBe(true);
    expect(editTouchesAnalysis([{ field: 'status', fieldId: 'status' }], stored)).toBe(true);
    expect(editTouchesAnalysis([{ field: 'Story Points', fieldId: 'customfield_10016' }], stored)).toBe(true);
    expect(editTouchesAnalysis([{ field: 'Component', fieldId: 'components' }], stored)).toBe(true);
  });

  it('a field that moves a stored one counts though it is not stored itself: resolution, epic and parent links, a move', () => {
    expect(editTouchesAnalysis([{ field: 'resolution', fieldId: 'resolution' }], stored)).toBe(true);
    expect(editTouchesAnalysis([{ field: 'Epic Link', fieldId: 'customfield_10014' }], stored)).toBe(true);
    expect(editTouchesAnalysis([{ field: 'Parent Link', fieldId: 'customfield_10200' }], stored)).toBe(true);
    expect(editTouchesAnalysis([{ field: 'IssueParentAssociation', fieldId: 'IssueParentAssociation' }], stored)).toBe(true);
    expect(editTouchesAnalysis([{ field: 'Key' }, { field: 'project', fieldId: 'project' }], stored)).toBe(true);
  });

  it('an edit it cannot read counts: no changelog, an empty one, an item without a field id', () => {
    expect(editTouchesAnalysis(undefined, stored)).toBe(true);
    expect(editTouchesAnalysis([], stored)).toBe(true);
    expect(editTouchesAnalysis([{ field: 'Rank' }], stored)).toBe(true);
  });

  it('mayBeInert: whether the settings need reading at all', () => {
    expect(mayBeInert([rank, description])).toBe(true);
    expect(mayBeInert([{ field: 'status', fieldId: 'status' }])).toBe(false);
    expect(mayBeInert(undefined)).toBe(false);
  });
});
