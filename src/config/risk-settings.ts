/**
 * The risk register's settings (DESIGN.md section 1, "Risk register"): which issues are risks, which fields
 * hold their ratings, which link type names a treatment, and how much weight critical work adds.
 * Field ids left null are looked up by name on the site (`risk-field-names.ts`) until detection fills them.
 */
import * as z from 'zod/mini';

const fieldId = z._default(z.nullable(z.string().check(z.minLength(1))), null);
const weight = (fallback: number) => z._default(z.number().check(z.gte(1), z.lte(10)), fallback);

export const riskFieldsSchema = z.object({
  /** 1-5, or a percent (0-100) when `scale` is `percentAndMoney`. */
  probability: fieldId,
  /** 1-5, or money when `scale` is `percentAndMoney`. */
  impact: fieldId,
  /** A user field; when null and no field is named like one, the assignee is the owner. */
  owner: fieldId,
  category: fieldId,
  proximityDate: fieldId,
  reviewDate: fieldId,
  residualProbability: fieldId,
  residualImpact: fieldId,
  /** FMEA ratings, 1-10 each. */
  severity: fieldId,
  occurrence: fieldId,
  detection: fieldId,
});

export type RiskFieldIds = z.infer<typeof riskFieldsSchema>;

export const riskSettingsSchema = z.object({
  /** The risk issue type's name; null means `issueTypes.risk` (which detection fills). */
  issueType: fieldId,
  /** `oneToFive`: score = probability x impact (1-25); `percentAndMoney`: exposure = percent / 100 x money. */
  scale: z._default(z.enum(['oneToFive', 'percentAndMoney']), 'oneToFive'),
  fields: z._default(riskFieldsSchema, () => riskFieldsSchema.parse({})),
  /** Look unmapped fields up by name (e.g. "Risk probability") in `/rest/api/3/field`. */
  findFieldsByName: z._default(z.boolean(), true),
  /** Linked issues of this link type are the risk's treatments. */
  treatmentLinkType: z._default(z.string().check(z.minLength(1)), 'Mitigates'),
  /** A risk linked to open critical work has its score multiplied by this; near-critical work by the next. */
  criticalWeight: weight(1.5),
  nearCriticalWeight: weight(1.25),
});

export type RiskSettings = z.infer<typeof riskSettingsSchema>;

export const defaultRiskSettings: RiskSettings = riskSettingsSchema.parse({});
