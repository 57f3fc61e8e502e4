/**
 * Which link types mean "one issue must wait for the other", which side is the predecessor and the kind.
 * Direction comes from the words, never the name (Sakai's "5 - Depend" reads "A is depended on by B", so
 * its outward issue is the predecessor); the kind from a Gantt-style name, else the words, else FS.
 * Words that read the same both ways ("Blocked"/"Blocked") are listed as candidates, not mapped.
 */
import type { DependencyKind } from '../dependency-rule';
import { kindFromName } from './kind-from-name';
import { normalWords, wordsReading, type WordsReading } from './link-words';
import type { SiteLinkTypeInfo } from './site-inventory';

export type Side = 'outward' | 'inward';

export interface DependencyLinkType {
  linkType: string;
  id: string;
  outward: string;
  inward: string;
  predecessor: Side;
  kind: DependencyKind;
  reason: string;
}

export interface LinkTypeCandidate {
  linkType: string;
  id: string;
  outward: string;
  inward: string;
  /** The mapping the words suggest, or null when they cannot tell which issue comes first. */
  suggested: { predecessor: Side; kind: DependencyKind } | null;
  reason: string;
}

export interface LinkTypeDetection {
  /** Mapped by default. */
  mapped: DependencyLinkType[];
  /** Look like dependencies but are not mapped: ambiguous or loose words. */
  candidates: LinkTypeCandidate[];
}

const DEPENDENCY_NAME = /block|depend|preced|prerequisite|predecessor|successor/i;

const quote = (words: string): string => `'${words.trim()}'`;
const definite = (r: WordsReading | null): r is WordsReading & { role: 'predecessor' | 'successor' } => r !== null && r.role !== 'either';

type Direction = { predecessor: Side; reason: string } | { conflict: string } | null;

function directionOf(type: SiteLinkTypeInfo, out: WordsReading | null, inn: WordsReading | null): Direction {
  if (definite(out) && definite(inn) && out.role === inn.role) {
    return { conflict: `outward words ${quote(type.outward)} and inward words ${quote(type.inward)} both make their own issue the ${out.role}` };
  }
  if (definite(out)) {
    const predecessor: Side = out.role === 'predecessor' ? 'outward' : 'inward';
    return { predecessor, reason: `outward words ${quote(type.outward)}: the ${predecessor} issue is the predecessor` };
  }
  if (definite(inn)) {
    const predecessor: Side = inn.role === 'predecessor' ? 'inward' : 'outward';
    return { predecessor, reason: `inward words ${quote(type.inward)}: the ${predecessor} issue is the predecessor` };
  }
  return null;
}

function kindOf(nameKind: DependencyKind | null, out: WordsReading | null, inn: WordsReading | null): { kind: DependencyKind; reason: string } {
  if (nameKind !== null) return { kind: nameKind, reason: `the name says ${nameKind}` };
  const wordsKind = out?.kind ?? inn?.kind ?? null;
  if (wordsKind !== null) return { kind: wordsKind, reason: `the words say ${wordsKind}` };
  return { kind: 'FS', reason: 'FS, the default kind' };
}

type Classified = { mapped: DependencyLinkType } | { candidate: LinkTypeCandidate } | null;

function classify(type: SiteLinkTypeInfo): Classified {
  const base = { linkType: type.name, id: type.id, outward: type.outward, inward: type.inward };
  const nameKind = kindFromName(type.name);
  const ganttName = nameKind !== null || /gantt/i.test(type.name);
  const usable = (r: WordsReading | null): WordsReading | null => (r !== null && (r.strength !== 'gantt' || ganttName) ? r : null);
  const out = usable(wordsReading(type.outward));
  const inn = usable(wordsReading(type.inward));
  const direction = directionOf(type, out, inn);
  const kind = kindOf(nameKind, out, inn);
  if (direction !== null && 'conflict' in direction) return { candidate: { ...base, suggested: null, reason: `${direction.conflict}: which issue comes first cannot be read` } };
  if (direction !== null) {
    const loose = [out, inn].every((r) => r === null || r.strength === 'loose');
    if (loose) {
      return {
        candidate: {
          ...base,
          suggested: { predecessor: direction.predecessor, kind: kind.kind },
          reason: `${direction.reason}, but words like these often mean a requirement or a follow-up, not an order of work: not mapped by default`,
        },
      };
    }
    return { mapped: { ...base, predecessor: direction.predecessor, kind: kind.kind, reason: `${direction.reason}; ${kind.reason}` } };
  }
  const sameWords = normalWords(type.outward) === normalWords(type.inward);
  if (nameKind !== null) {
    const words = sameWords ? `the words ${quote(type.outward)} read the same both ways` : `the words ${quote(type.outward)} / ${quote(type.inward)} do not say which issue comes first`;
    return { mapped: { ...base, predecessor: 'outward', kind: nameKind, reason: `${kind.reason}; ${words}, so the Gantt apps' convention applies: the outward issue is the predecessor` } };
  }
  if (!DEPENDENCY_NAME.test(type.name) && !(sameWords && DEPENDENCY_NAME.test(type.outward))) return null;
  const why = sameWords
    ? `outward and inward words are both ${quote(type.outward)}`
    : `the name suggests a dependency but the words ${quote(type.outward)} / ${quote(type.inward)} do not say which issue comes first`;
  return { candidate: { ...base, suggested: null, reason: `${why}: which issue comes first cannot be read; map it by hand if the site uses it for dependencies` } };
}

export function dependencyLinkTypes(linkTypes: readonly SiteLinkTypeInfo[]): LinkTypeDetection {
  const mapped: DependencyLinkType[] = [];
  const candidates: LinkTypeCandidate[] = [];
  for (const type of linkTypes) {
    const result = classify(type);
    if (result === null) continue;
    if ('mapped' in result) mapped.push(result.mapped);
    else candidates.push(result.candidate);
  }
  return { mapped, candidates };
}
