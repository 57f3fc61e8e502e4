/**
 * What a link type's words say about order: for the issue whose side carries the words, is it the
 * predecessor, the successor, or either (words that read the same both ways)? Each phrase also says how
 * much it proves: `dependency` on its own, `gantt` only when the name says it is a Gantt link ("is
 * triggering"), `loose` never enough to map by default ("requires", "follows").
 * Example: "is depended on by" -> predecessor; "depends on" -> successor.
 */
import type { DependencyKind } from '../dependency-rule';

export type WordsRole = 'predecessor' | 'successor' | 'either';
export type WordsStrength = 'dependency' | 'gantt' | 'loose';

export interface WordsReading {
  role: WordsRole;
  strength: WordsStrength;
  kind: DependencyKind | null;
}

interface Phrase extends WordsReading {
  pattern: RegExp;
}

const phrase = (pattern: RegExp, role: WordsRole, strength: WordsStrength, kind: DependencyKind | null = null): Phrase => ({ pattern, role, strength, kind });

const PHRASES: readonly Phrase[] = [
  phrase(/^(blocks|is blocking)$/, 'predecessor', 'dependency'),
  phrase(/^(is )?blocked by$/, 'successor', 'dependency'),
  phrase(/^depends (on|upon)$/, 'successor', 'dependency'),
  phrase(/^(is )?depended (on|upon) by$/, 'predecessor', 'dependency'),
  phrase(/^(is a )?(precondition|prerequisite) (for|of)$/, 'predecessor', 'dependency'),
  phrase(/^is required for$/, 'predecessor', 'dependency'),
  phrase(/^precedes$/, 'predecessor', 'dependency'),
  phrase(/^(is )?preceded by$/, 'successor', 'dependency'),
  phrase(/^has to be done before$/, 'predecessor', 'dependency', 'FS'),
  phrase(/^has to be done after$/, 'successor', 'dependency', 'FS'),
  phrase(/^earliest end is start of$/, 'predecessor', 'dependency', 'SF'),
  phrase(/^start is earliest end of$/, 'successor', 'dependency', 'SF'),
  // WBSGantt: "Linked one can't start until this issue is done." / "can't start until the linked issue is done."
  phrase(/^linked one can'?t start until this issue is done$/, 'predecessor', 'dependency', 'FS'),
  phrase(/^linked one can'?t start until this issue starts$/, 'predecessor', 'dependency', 'SS'),
  phrase(/^linked one can'?t finish until this issue is done$/, 'predecessor', 'dependency', 'FF'),
  phrase(/^linked one can'?t finish until this issue begins$/, 'predecessor', 'dependency', 'SF'),
  phrase(/^can'?t start until the linked issue is done$/, 'successor', 'dependency', 'FS'),
  phrase(/^can'?t start until the linked issue starts$/, 'successor', 'dependency', 'SS'),
  phrase(/^can'?t finish until the linked issue is done$/, 'successor', 'dependency', 'FF'),
  phrase(/^can'?t finish until the linked issue begins$/, 'successor', 'dependency', 'SF'),
  phrase(/^is triggering$/, 'predecessor', 'gantt'),
  phrase(/^is triggered by$/, 'successor', 'gantt'),
  phrase(/^has to be started together with$/, 'either', 'gantt', 'SS'),
  phrase(/^has to be finished together with$/, 'either', 'gantt', 'FF'),
  phrase(/^requires$/, 'successor', 'loose'),
  phrase(/^(is )?required by$/, 'predecessor', 'loose'),
  phrase(/^follows$/, 'successor', 'loose'),
  phrase(/^(is )?followed by$/, 'predecessor', 'loose'),
];

/** Lower case, one space between words, typographic apostrophes plain, no closing full stop. */
export function normalWords(words: string): string {
  return words.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim().replace(/\.$/, '');
}

/** What `words` say about the issue they are read from, or null when they say nothing about order. */
export function wordsReading(words: string): WordsReading | null {
  const plain = normalWords(words);
  const found = PHRASES.find((p) => p.pattern.test(plain));
  return found === undefined ? null : { role: found.role, strength: found.strength, kind: found.kind };
}
