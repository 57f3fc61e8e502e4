/**
 * A short fingerprint of the settings an analysis was computed with and of the fields it stored: a stored
 * analysis whose fingerprint differs from the project's settings now (another link mapping, field, calendar),
 * or that kept fewer fields than Keel reads now, is read again in full and recomputed.
 */
import { createHash } from 'node:crypto';
import { evmFieldIds } from '../adapters/jira/fetch-evm-fields';
import { fieldsToRequest } from '../adapters/jira/work-item-from-issue';
import type { Settings } from '../config/settings';

/** The fields a stored analysis reads and keeps of each issue: the schedule's, and earned value's (its stored answer). */
export function storedFields(settings: Settings): string[] {
  return [...new Set([...fieldsToRequest(settings), ...evmFieldIds(settings.evm.budget.costField)])];
}

export function settingsFingerprint(settings: Settings): string {
  // Targets are read when a page asks (project-targets.ts): another launch date recomputes nothing stored.
  const { targets: _readAtAsking, ...computedWith } = settings;
  return createHash('sha256').update(JSON.stringify({ settings: computedWith, fields: storedFields(settings) })).digest('hex').slice(0, 16);
}
