/**
 * Prints what detection finds on every real Jira site in ../shared/atlassian/jira-sites (or
 * KEEL_ATLASSIAN_SITES): `npx tsx test/domain/detection/report-sites.ts`.
 */
import { siteDetection } from '../../../src/domain/detection/site-detection';
import type { Detection } from '../../../src/domain/detection/ranked-choice';
import { jiraSites, jiraSitesFolder, missingSiteFiles } from './jira-sites';

const picked = (d: Detection): string => (d.chosen === null ? '-' : `${d.chosen.name} (${d.chosen.id})`);
const others = (d: Detection): string => (d.alternatives.length === 0 ? '' : `   [not chosen: ${d.alternatives.map((a) => `${a.name} (${a.id})`).join(', ')}]`);

function main(): number {
  const missing = missingSiteFiles();
  if (missing.length > 0) {
    process.stderr.write(`report-sites: missing ${missing.join(', ')}; set KEEL_ATLASSIAN_SITES\n`);
    return 2;
  }
  const lines: string[] = [`Detection on the Jira sites in ${jiraSitesFolder}`];
  for (const [site, inventory] of jiraSites()) {
    const r = siteDetection(inventory);
    lines.push('', `== ${site} (${inventory.fields.length} fields, ${inventory.linkTypes.length} link types, ${inventory.issueTypes.length} issue types)`);
    lines.push(`  story points: ${picked(r.fields.storyPoints)}${others(r.fields.storyPoints)}`);
    if (r.fields.storyPoints.chosen !== null && r.fields.storyPoints.alternatives.length > 0) lines.push(`    why: ${r.fields.storyPoints.reason}`);
    lines.push(`  start date:   ${picked(r.fields.startDate)}${others(r.fields.startDate)}`);
    lines.push(`  due date:     ${picked(r.fields.dueDate)}`, `  sprint:       ${picked(r.fields.sprint)}`);
    lines.push(`  duration:     ${r.durationSource.chosen} (${r.durationSource.reason})`);
    lines.push(`  risk type:    ${picked(r.issueTypes.risk)}${others(r.issueTypes.risk)}`);
    lines.push(`  decision:     ${picked(r.issueTypes.decision)}${others(r.issueTypes.decision)}`);
    lines.push('  dependency link types:');
    for (const m of r.linkTypes.mapped) lines.push(`    ${m.kind} pred=${m.predecessor.padEnd(7)} "${m.linkType}": ${m.reason}`);
    for (const c of r.linkTypes.candidates) lines.push(`    candidate "${c.linkType}"${c.suggested === null ? '' : ` (would be ${c.suggested.kind} pred=${c.suggested.predecessor})`}: ${c.reason}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

process.exitCode = main();
