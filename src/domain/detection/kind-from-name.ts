/**
 * The dependency kind a link type's name spells out, as Gantt apps name them: "Gantt End to Start",
 * "finish-start [GANTT]", "Gantt: start-finish", "Start-to-Start link (WBSGantt)". The first word is the
 * predecessor's end, the second the successor's: End/Finish = F, Start = S.
 * Example: "Gantt End to Start" -> FS; "Start-to-Finish link (WBSGantt)" -> SF; "Blocks" -> null.
 */
import type { DependencyKind } from '../dependency-rule';

const PAIR = /\b(start|end|finish)(?:[\s-]+to)?[\s-]+(start|end|finish)\b/;

const letter = (word: string): 'S' | 'F' => (word === 'start' ? 'S' : 'F');

export function kindFromName(name: string): DependencyKind | null {
  const match = PAIR.exec(name.toLowerCase());
  if (match?.[1] === undefined || match[2] === undefined) return null;
  const kind = `${letter(match[1])}${letter(match[2])}`;
  return kind === 'FS' || kind === 'SS' || kind === 'FF' || kind === 'SF' ? kind : null;
}
