/**
 * The key of a cached live forecast (issue #15, item 4): a SHA-256 of everything the simulation reads, as the
 * viewer read it: the settings' fingerprint, the status date, the iterations, and each issue in scope, each linked
 * issue outside it, each unreadable link and each risk whole (key, the fields read, and the links the viewer was
 * shown: `updated` times alone would not tell two viewers apart who see one issue with different links), and the
 * security levels among them (the viewer's level variant). Sorted by key first, so the order of a search is no input.
 * Two viewers share a cached forecast only when every input is the same. O(n log n) in the issues.
 */
import { createHash } from 'node:crypto';
import type { RiskRecord } from '../domain/risk/risk-record';
import type { WorkItem } from '../domain/work-item';

export interface FingerprintInputs {
  /** settings-fingerprint.ts of the project's effective settings. */
  settingsHash: string;
  asOf: string;
  iterations: number;
  items: readonly WorkItem[];
  outside: readonly WorkItem[];
  unreadable: readonly string[];
  risks: readonly RiskRecord[];
  /** The issue security level ids among the issues the viewer was shown. */
  levels: readonly string[];
}

const byKey = <T extends { key: string }>(list: readonly T[]): T[] => [...list].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

export function forecastFingerprint(inputs: FingerprintInputs): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([inputs.settingsHash, inputs.asOf, inputs.iterations, [...new Set(inputs.levels)].sort(), [...inputs.unreadable].sort()]));
  for (const part of [byKey(inputs.items), byKey(inputs.outside), byKey(inputs.risks)]) {
    hash.update('\u0000');
    for (const entry of part) hash.update(JSON.stringify(entry));
  }
  return hash.digest('hex').slice(0, 32);
}
