/**
 * The RACI matrix's settings (DESIGN.md section 1, "RACI matrix"): which issues are the deliverables (rows) and
 * which fields name each role. R defaults to the assignee; A, C and I left null are looked up by name
 * ("Accountable", "Consulted", "Informed") on the site, and A falls back on the reporter when none is found.
 */
import * as z from 'zod/mini';

const fieldId = z._default(z.nullable(z.string().check(z.minLength(1))), null);

export const raciFieldsSchema = z.object({
  /** A user or multi-user field, or `assignee`. */
  responsible: z._default(z.string().check(z.minLength(1)), 'assignee'),
  accountable: fieldId,
  consulted: fieldId,
  informed: fieldId,
});

export type RaciFieldIds = z.infer<typeof raciFieldsSchema>;

export const raciSettingsSchema = z.object({
  /** `epics`: the epics in scope; `jql`: the issues in scope that also match `deliverablesJql`. */
  deliverables: z._default(z.enum(['epics', 'jql']), 'epics'),
  /** Used when `deliverables` is `jql`; `{project}` is replaced by the project key. */
  deliverablesJql: z._default(z.string().check(z.minLength(1)), 'issuetype = Epic'),
  fields: z._default(raciFieldsSchema, () => raciFieldsSchema.parse({})),
  /** A person Accountable on more deliverables than this is reported. */
  accountableLimit: z._default(z.number().check(z.int(), z.gte(1), z.lte(1000)), 5),
});

export type RaciSettings = z.infer<typeof raciSettingsSchema>;

export const defaultRaciSettings: RaciSettings = raciSettingsSchema.parse({});

/** Site field names tried, in order, for the role fields left null (case and spacing ignored). */
export const RACI_FIELD_NAMES = {
  accountable: ['Accountable', 'Accountable person'],
  consulted: ['Consulted'],
  informed: ['Informed'],
} as const;
