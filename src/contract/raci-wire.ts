/**
 * The RACI matrix as it crosses the wire: each role names its holders by place in the matrix's `people` (its
 * columns), not by the whole person again. A person is some 90 bytes; on a program of 1,250 epics with four
 * people a row, repeating them made `raci/get` 700 KB, past Keel's 600 KiB answer budget (DESIGN.md section 5),
 * and 5,000 deliverables went over Forge's limit. Lossless: a holder not among `people` exactly as written goes
 * in `otherHolders`, numbered after them. The contract's codec (raci.ts) packs on the server and unpacks in the
 * UI, so every view reads whole rows. Example: people [Lena, Priya]; a row R Lena, A Priya → R [0], A [1].
 */
import * as z from 'zod/mini';
import { person, type Person } from './person';

/** A role's holders on the wire: their places among the people, then `otherHolders`. */
export const places = z.array(z.number().check(z.int(), z.gte(0)));
const ROLES = ['responsible', 'accountable', 'consulted', 'informed'] as const;
type Role = (typeof ROLES)[number];

type Holders = Record<Role, Person[]>;
type Places = Record<Role, number[]>;

/** What the wire adds beside the rows: the holders who are not among the people exactly as written. */
export const holdersOnWire = { otherHolders: z.optional(z.array(person)) };

export function packRows<Row extends Holders>(rows: readonly Row[], people: readonly Person[]): { rows: (Omit<Row, Role> & Places)[]; otherHolders?: Person[] } {
  const placeOf = new Map(people.map((p, i) => [JSON.stringify(p), i]));
  const others: Person[] = [];
  const place = (p: Person): number => {
    const key = JSON.stringify(p);
    const known = placeOf.get(key);
    if (known !== undefined) return known;
    others.push(p);
    placeOf.set(key, people.length + others.length - 1);
    return people.length + others.length - 1;
  };
  const packed = rows.map((row) => ({ ...row, ...rolesMapped(row, (holders) => holders.map(place)) }));
  return others.length === 0 ? { rows: packed } : { rows: packed, otherHolders: others };
}

/** The rows with their holders, or the first place no holder has (a malformed answer). */
export function unpackRows<Row extends Places>(rows: readonly Row[], people: readonly Person[], otherHolders: readonly Person[] = []): { rows: (Omit<Row, Role> & Holders)[] } | { missing: number } {
  const holders = [...people, ...otherHolders];
  const missing = rows.flatMap((row) => ROLES.flatMap((role) => row[role])).find((i) => holders[i] === undefined);
  if (missing !== undefined) return { missing };
  return { rows: rows.map((row) => ({ ...row, ...rolesMapped(row, (list) => list.map((i) => holders[i] as Person)) })) };
}

function rolesMapped<From, To>(row: Record<Role, From[]>, map: (list: From[]) => To[]): Record<Role, To[]> {
  return { responsible: map(row.responsible), accountable: map(row.accountable), consulted: map(row.consulted), informed: map(row.informed) };
}

/** A packed answer unpacked (a codec's decode): a place no holder has is an issue of the parse, not a hole. */
export function unpackAnswer<Answer extends { rows: Places[]; people: Person[]; otherHolders?: Person[] | undefined }>(
  packed: Answer,
  context: { issues: z.core.$ZodRawIssue[] },
): Omit<Answer, 'rows' | 'otherHolders'> & { rows: (Omit<Answer['rows'][number], Role> & Holders)[] } {
  const { otherHolders, rows, ...rest } = packed;
  const unpacked = unpackRows(rows, rest.people, otherHolders);
  if ('missing' in unpacked) {
    context.issues.push({ code: 'custom', message: `a role names holder ${unpacked.missing}, which the answer does not list`, input: packed });
    return { ...rest, rows: [] };
  }
  return { ...rest, rows: unpacked.rows };
}

/** An answer packed for the wire (a codec's encode). */
export function packAnswer<Answer extends { rows: Holders[]; people: Person[] }>(answer: Answer): Omit<Answer, 'rows'> & ReturnType<typeof packRows<Answer['rows'][number]>> {
  return { ...answer, ...packRows(answer.rows, answer.people) };
}
