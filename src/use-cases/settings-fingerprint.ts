/**
 * A short fingerprint of the settings an analysis was computed with: a stored analysis whose fingerprint differs
 * from the project's settings now (another link mapping, field, calendar) is read again in full and recomputed.
 */
import { createHash } from 'node:crypto';
import type { Settings } from '../config/settings';

export function settingsFingerprint(settings: Settings): string {
  // Targets are read when a page asks (project-targets.ts): another launch date recomputes nothing stored.
  const { targets: _readAtAsking, ...computedWith } = settings;
  return createHash('sha256').update(JSON.stringify(computedWith)).digest('hex').slice(0, 16);
}
