import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { adfSections } from '../../../src/adapters/jira/adf-sections';
import { decisionDescription } from '../../../src/adapters/jira/decision-description';
import { adfProblems } from '../../../src/adapters/confluence/adf-validation';
import type { AdfDoc } from '../../../src/adapters/confluence/adf-node';

const record = {
  context: 'Old CMS is <b>end of life</b>.\n\nVendor support ends in March.',
  options: ['Contentful', ' ', 'Sanity & "friends"'],
  outcome: 'Contentful.\nSigned by Priya.',
  consequences: '',
};

describe('decisionDescription', () => {
  it("is valid ADF by Atlassian's validator, even with blank lines, empty sections and markup typed as text", () => {
    const doc = decisionDescription(record);
    expect(adfProblems(doc as unknown as AdfDoc)).toEqual([]);
    expect(JSON.stringify(doc)).not.toContain('"text":""');
  });

  it('reads back into the same sections through the decision adapter', () => {
    const sections = adfSections(decisionDescription(record));
    expect(sections.map((s) => s.heading)).toEqual(['Context', 'Options considered', 'Outcome', 'Consequences']);
    expect(sections[0]?.lines).toEqual(['Old CMS is <b>end of life</b>.', 'Vendor support ends in March.']);
    expect(sections[1]?.items).toEqual(['Contentful', 'Sanity & "friends"']);
    expect(sections[2]?.lines).toEqual(['Contentful.\nSigned by Priya.']);
  });
});
