/**
 * Every site field a settings value names, with its path in the settings and the label the admin page gives it:
 * what is checked against the site's fields, and whose names are recorded in `fieldNames` on save.
 */
import type { Settings } from './settings';

export interface MappedField {
  path: string;
  label: string;
  fieldId: string;
}

const RISK_LABELS: Record<keyof Settings['risks']['fields'], string> = {
  probability: 'Risk probability field',
  impact: 'Risk impact field',
  owner: 'Risk owner field',
  category: 'Risk category field',
  proximityDate: 'Risk proximity date field',
  reviewDate: 'Risk review date field',
  residualProbability: 'Residual probability field',
  residualImpact: 'Residual impact field',
  severity: 'FMEA severity field',
  occurrence: 'FMEA occurrence field',
  detection: 'FMEA detection field',
};

export function mappedFields(settings: Settings): MappedField[] {
  const slots: { path: string; label: string; fieldId: string | null }[] = [
    { path: 'fields.storyPoints', label: 'Story points field', fieldId: settings.fields.storyPoints },
    { path: 'fields.startDate', label: 'Start date field', fieldId: settings.fields.startDate },
    { path: 'fields.dueDate', label: 'Due date field', fieldId: settings.fields.dueDate },
    { path: 'evm.budget.costField', label: 'Cost field', fieldId: settings.evm.budget.costField },
    ...Object.entries(settings.risks.fields).map(([slot, fieldId]) => ({
      path: `risks.fields.${slot}`,
      label: slot in RISK_LABELS ? RISK_LABELS[slot as keyof typeof RISK_LABELS] : `Risk ${slot} field`,
      fieldId,
    })),
    { path: 'raci.fields.responsible', label: 'Responsible (R) field', fieldId: settings.raci.fields.responsible },
    { path: 'raci.fields.accountable', label: 'Accountable (A) field', fieldId: settings.raci.fields.accountable },
    { path: 'raci.fields.consulted', label: 'Consulted (C) field', fieldId: settings.raci.fields.consulted },
    { path: 'raci.fields.informed', label: 'Informed (I) field', fieldId: settings.raci.fields.informed },
    { path: 'decisions.statusField', label: 'Decision status field', fieldId: settings.decisions.statusField },
    { path: 'decisions.dateField', label: 'Decision date field', fieldId: settings.decisions.dateField },
    { path: 'decisions.ownerField', label: 'Decision owner field', fieldId: settings.decisions.ownerField },
    { path: 'forecast.fields.optimistic', label: 'Optimistic days field', fieldId: settings.forecast.fields.optimistic },
    { path: 'forecast.fields.mostLikely', label: 'Most likely days field', fieldId: settings.forecast.fields.mostLikely },
    { path: 'forecast.fields.pessimistic', label: 'Pessimistic days field', fieldId: settings.forecast.fields.pessimistic },
    { path: 'forecast.fields.scheduleImpactDays', label: 'Risk days field', fieldId: settings.forecast.fields.scheduleImpactDays },
  ];
  return slots.flatMap((s) => (s.fieldId === null ? [] : [{ path: s.path, label: s.label, fieldId: s.fieldId }]));
}
