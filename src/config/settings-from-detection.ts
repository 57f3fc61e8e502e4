/**
 * The settings a detection suggests: `base` (the defaults unless given) with every detected mapping put in,
 * checked by `settingsSchema`. Link mappings are the detected ones only: a default such as "Dependency"
 * (inward) would be wrong on a site whose "Dependency" reads the same both ways.
 */
import type { DetectionReport } from '../domain/detection/site-detection';
import { defaultSettings, settingsSchema, type Settings } from './settings';

export function settingsFromDetection(report: DetectionReport, base: Settings = defaultSettings): Settings {
  const { fields, issueTypes } = report;
  return settingsSchema.parse({
    ...base,
    linkMappings: report.linkTypes.mapped.map((m) => ({ linkType: m.linkType, predecessor: m.predecessor, kind: m.kind, lagDays: 0 })),
    fields: {
      storyPoints: fields.storyPoints.chosen?.id ?? base.fields.storyPoints,
      startDate: fields.startDate.chosen?.id ?? base.fields.startDate,
      dueDate: fields.dueDate.chosen?.id ?? base.fields.dueDate,
    },
    durationSource: report.durationSource.chosen,
    issueTypes: {
      risk: issueTypes.risk.chosen?.name ?? base.issueTypes.risk,
      decision: issueTypes.decision.chosen?.name ?? base.issueTypes.decision,
    },
  });
}
