/** Result type of `raci/get` and `keel analyze`'s `raci` section (DESIGN.md section 1, "RACI matrix"). */
import * as z from 'zod/mini';
import type { RaciFindingKind as DomainRaciFindingKind } from '../domain/raci/raci-matrix';
import { person } from './person';
import { reportScope } from './report-scope';
import { statusCategory } from './status-category';
import { holdersOnWire, packAnswer, places, unpackAnswer } from './raci-wire';

export const raciRole = z.enum(['R', 'A', 'C', 'I']);
export type RaciRole = z.infer<typeof raciRole>;
const people = z.array(person);

/** One row of the matrix: a deliverable and who holds each role on it. */
export const raciDeliverable = z.object({
  key: z.string(),
  summary: z.string(),
  status: z.string(),
  statusCategory,
  responsible: people,
  accountable: people,
  consulted: people,
  informed: people,
  /** Where A came from: the mapped field, the reporter (no field value), or nowhere. */
  accountableSource: z.enum(['field', 'reporter', 'none']),
});
export type RaciDeliverable = z.infer<typeof raciDeliverable>;
const raciRowOnWire = z.object({ ...raciDeliverable.shape, responsible: places, accountable: places, consulted: places, informed: places });

const RACI_FINDING_KINDS = ['no-accountable', 'several-accountable', 'no-responsible', 'accountable-overload'] as const satisfies readonly DomainRaciFindingKind[];
export type RaciFindingKind = (typeof RACI_FINDING_KINDS)[number];

export const raciFinding = z.object({ kind: z.enum(RACI_FINDING_KINDS), title: z.string(), advice: z.string(), issueKeys: z.array(z.string()), people });
export type RaciFinding = z.infer<typeof raciFinding>;

/** The matrix itself: rows, the people who are its columns, and its findings. */
export const raciMatrix = z.object({ rows: z.array(raciDeliverable), people, findings: z.array(raciFinding) });
export type RaciMatrix = z.infer<typeof raciMatrix>;

/** The RACI tab's answer before it is packed for the wire. */
export const raciAnswer = z.object({
  ...raciMatrix.shape,
  scope: reportScope,
  /** The JQL the deliverables were searched with. */
  deliverablesJql: z.string(),
  /** Each role, the field read for it (`assignee`, `reporter` or a custom field) and its name on the site. */
  roleFields: z.array(z.object({ role: raciRole, fieldId: z.nullable(z.string()), fieldName: z.nullable(z.string()) })),
  accountableLimit: z.number(),
  /** Set when there were more deliverables than Keel reads at once. */
  truncatedAt: z.nullable(z.number()),
});
export type RaciResult = z.infer<typeof raciAnswer>;

/** The RACI tab: the matrix, where its rows and roles came from, and whether the rows were cut short. */
export const raciResult = z.codec(z.object({ ...raciAnswer.shape, rows: z.array(raciRowOnWire), ...holdersOnWire }), raciAnswer, { decode: unpackAnswer, encode: packAnswer });

/** A macro's matrix on the wire (raci-wire.ts), beside what `extra` adds. */
export const raciMatrixOnWire = z.object({ ...raciMatrix.shape, rows: z.array(raciRowOnWire), ...holdersOnWire });
