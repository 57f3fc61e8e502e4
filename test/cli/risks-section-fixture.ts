/** An empty `risks` section of `keel analyze`, for tests that build an `Analysis` by hand. */
import type { RisksSection } from '../../src/cli/risks-section';

const emptyHeatMap = { cells: Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]), unplaced: 0 };

export const emptyRisksSection: RisksSection = {
  riskIssueType: 'Risk',
  scale: 'oneToFive',
  weights: { critical: 1.5, nearCritical: 1.25 },
  fields: [],
  risks: [],
  derived: [],
  heatMap: { inherent: emptyHeatMap, residual: emptyHeatMap },
  flagged: { withoutOwner: [], withoutTreatment: [], withoutReviewDate: [] },
  setupProblems: [],
};
