import type { AnalysisFinish, StatusResult } from '@contract';

/** The analysis's name as a sentence starts it. */
export const ANALYSIS_LABEL: Record<AnalysisFinish['analysis'], string> = {
  'critical path': 'Critical path',
  'earned schedule': 'Earned schedule',
  levelled: 'Levelled',
  'forecast P50': 'Forecast P50',
  'forecast P80': 'Forecast P80',
  'due dates': 'Due dates',
};

/** "+7 working days late", "33 working days early", "on the launch date"; empty without a variance. */
export function varianceWords(days: number | null): string {
  if (days === null) return '';
  const n = Math.abs(days);
  const unit = `${n} working ${n === 1 ? 'day' : 'days'}`;
  return days > 0 ? `${unit} late` : days < 0 ? `${unit} early` : 'on the date';
}

/** The compact "+7 d" / "−33 d" of the status line. */
export function varianceShort(days: number | null): string {
  if (days === null) return '';
  return days > 0 ? `+${days} d` : days < 0 ? `\u2212${-days} d` : '0 d';
}

export type VerdictTone = 'success' | 'warning' | 'danger' | 'neutral';

export function verdictTone(status: StatusResult['status']): VerdictTone {
  return status === 'on track' ? 'success' : status === 'at risk' ? 'warning' : status === 'late' ? 'danger' : 'neutral';
}

export function verdictLabel(status: StatusResult['status']): string {
  return status === 'no target' ? 'No target' : status === 'computing' ? 'Computing' : status === 'unavailable' ? 'Not shown' : status.replace(/^./, (c) => c.toUpperCase());
}
