/** Findings shown above a table (RACI and decision log): one bullet each, its title, advice and issues. */
import { bulletList, listItem, paragraph, strong, text } from '@atlaskit/adf-utils/builders';
import type { Person } from '../../domain/person';
import type { AdfNode } from './adf-node';
import { issueLinks, personMentions, plain, type Inline } from './adf-inline';

export interface FindingLike {
  title: string;
  advice: string;
  issueKeys: readonly string[];
  people?: readonly Person[];
}

/** `keysListed`: issues a finding lists by key, the others counted ("and 1,170 more"); all by default. */
export function findingsList(baseUrl: string, findings: readonly FindingLike[], none: string, keysListed: number = Infinity): AdfNode {
  if (findings.length === 0) return paragraph(...plain(none));
  return bulletList(
    ...findings.map((finding) => {
      const inline: Inline[] = [strong(finding.title), ...plain(finding.advice === '' ? '' : ` ${finding.advice}`)];
      if (finding.people && finding.people.length > 0) inline.push(text(' People: '), ...personMentions(finding.people));
      if (finding.issueKeys.length > 0) inline.push(text(' Issues: '), ...issueLinks(baseUrl, finding.issueKeys.slice(0, keysListed)));
      const more = finding.issueKeys.length - keysListed;
      if (more > 0) inline.push(text(` and ${more.toLocaleString('en')} more`));
      return listItem([paragraph(...inline)]);
    }),
  );
}
