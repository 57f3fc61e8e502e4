/** The settings' link mappings as the domain's dependency rules. */
import type { DependencyRule } from '../domain/dependency-rule';
import type { Settings } from './settings';

export function dependencyRules(settings: Settings): DependencyRule[] {
  return settings.linkMappings.map((m) => ({ linkType: m.linkType, predecessor: m.predecessor, kind: m.kind, lagDays: m.lagDays }));
}
