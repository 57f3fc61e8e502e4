/**
 * The S-curve's EAC projection: a straight line from today's actual cost to the estimate at completion at the
 * forecast finish (earned schedule's, else the planned finish, and then the chart says so). Not drawn without an
 * EAC, an actual cost, or a finish after the status date: there is nothing to project.
 */
export interface EacProjection {
  from: { date: string; value: number };
  to: { date: string; value: number };
  finishSource: 'forecast' | 'planned';
}

export function eacProjection(input: {
  asOf: string;
  ac: number | null;
  eac: number | null;
  forecastFinish: string | null;
  plannedFinish: string | null;
}): EacProjection | null {
  const { asOf, ac, eac, forecastFinish, plannedFinish } = input;
  if (eac === null || ac === null) return null;
  const finish = forecastFinish ?? plannedFinish;
  if (finish === null || finish <= asOf) return null;
  return { from: { date: asOf, value: ac }, to: { date: finish, value: eac }, finishSource: forecastFinish !== null ? 'forecast' : 'planned' };
}
