/** `--format table`: the analysis as plain text for a terminal. */
import type { Analysis } from './analyze';

/** Text from Jira goes to a terminal: control characters (escape sequences among them) are shown, not obeyed. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

function safe(text: string): string {
  return text.replace(CONTROL, '\uFFFD');
}

function pad(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  return [pad(header, widths), pad(widths.map((w) => '-'.repeat(w)), widths), ...rows.map((r) => pad(r, widths))].join('\n');
}

export function formatTable(analysis: Analysis): string {
  const { overview, schedule } = analysis;
  const critical = schedule.criticalPath.map((key) => {
    const s = schedule.issues[key];
    return [key, s?.earlyStart ?? '', s?.earlyFinish ?? '', String(s?.durationDays ?? ''), s?.drivingPredecessor ?? '-'];
  });
  const lines = [
    `${analysis.project.key} ${analysis.project.name}: ${overview.issueCount} issues in scope (${analysis.scopeJql}), as of ${analysis.asOf}, seen by ${analysis.viewer}`,
    '',
    table(
      ['Type', 'Total', 'To do', 'In progress', 'Done'],
      overview.byType.map((t) => [t.type, String(t.total), String(t.byStatusCategory.todo), String(t.byStatusCategory.inProgress), String(t.byStatusCategory.done)]),
    ),
    '',
    table(['Link type', 'Links', 'Read as'], overview.linksByType.map((l) => [l.name, String(l.count), l.mappedAs ?? 'not a dependency'])),
    '',
    overview.findings.length === 0 ? 'No data-quality findings.' : 'Data-quality findings:',
    ...overview.findings.map((f) => `- ${f.title} (${f.count}): ${f.issueKeys.join(', ') || '-'}\n  ${f.advice}`),
    '',
    `Schedule: ${schedule.start} to ${schedule.finish}, ${schedule.durationDays} working days; critical path:`,
    table(['Issue', 'Start', 'Finish', 'Days', 'Driven by'], critical),
    ...schedule.suggestedCuts.map((c, i) => `Cycle ${(schedule.cycles[i] ?? []).join(' → ')}: scheduled without ${c.from} → ${c.to} (link ${c.linkId})`),
  ];
  return `${lines.map((line) => line.split('\n').map(safe).join('\n')).join('\n')}\n`;
}
