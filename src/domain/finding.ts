/**
 * A data-quality finding: something in the Jira data that weakens an analysis. Findings are data shown to
 * the user with what to do about them, never exceptions (STYLE.md, "Errors").
 */

export type FindingKind =
  | 'missing-estimate'
  | 'link-outside-scope'
  | 'link-not-visible'
  | 'duplicate-link'
  | 'self-link'
  | 'scope-truncated'
  | 'dependency-cycle'
  | 'unmapped-link-type'
  /** A field Keel's settings map (story points, a risk rating...) that the site no longer has: its values read as empty. */
  | 'mapped-field-missing'
  /** Work under way with nothing saying how much is left: scheduled for its whole duration. */
  | 'remaining-assumed'
  /** Done work whose actual dates came before a predecessor's link allowed (out-of-sequence progress). */
  | 'out-of-sequence'
  /** A mapped date field holding no calendar day (2026-02-30): read as empty for that issue. */
  | 'malformed-date'
  /** A parent with children that carry the work and an estimate of its own: a summary task, its estimate unused. */
  | 'parent-estimate-unused'
  /** A link between a summary task and its own descendant: ignored. */
  | 'summary-link'
  /** A parent whose children are all hidden from the viewer: scheduled on an assumption. */
  | 'children-hidden'
  /** Levelling: open work with no assignee and no pool: not levelled (it needs nobody's time). */
  | 'levelling-unassigned'
  /** Levelling: unassigned work levelled as one unit of its pool (its Team, component or label). */
  | 'levelling-pooled'
  /** Levelling: work with no estimate: zero length, so it holds nobody's time. */
  | 'levelling-unestimated'
  /** Levelling: a demand no day can meet (0% availability, a pool of 0, more units than the pool): not levelled. */
  | 'levelling-no-capacity'
  /** Levelling: a person away for the whole plan: their work waits until they are back. */
  | 'levelling-time-off'
  /** Levelling within slack: work left over-allocated because levelling it would move the finish. */
  | 'levelling-over-allocated'
  /** Levelling: the search's time cap, not its schedule budget, ended it: the dates may differ between runs. */
  | 'levelling-cut-short'
  /** The launch date has passed: still measured against, so open work is late. */
  | 'target-past'
  /** A launch-date source (a chosen issue, a mapped version) with no date: the next source is assumed. */
  | 'target-undated'
  /** A milestone that work waits on but that has no due date: shown with its schedule date and no variance. */
  | 'milestone-undated';

export interface Finding {
  kind: FindingKind;
  severity: 'info' | 'warning';
  title: string;
  /** What the finding does to Keel's figures and how to fix it in Jira. */
  advice: string;
  /** The in-scope issues concerned, sorted. */
  issueKeys: string[];
  /** One line per occurrence, e.g. "PAY-12 blocks PLAT-3". */
  details: string[];
  count: number;
}
