/** zod/mini schemas of the history resolvers' results (`history/get`, `history/track`, `history/untrack`), typed by the contract. */
import * as z from 'zod/mini';
import type { EvmPerEac, EvmSnapshot, HeatMap, HistoryResult, HistorySnapshot, HistoryTracking, RiskSnapshot } from '@contract';

const amount = z.nullable(z.number());
const perEac: z.ZodMiniType<EvmPerEac> = z.object({ cpi: amount, budgetRate: amount, cpiTimesSpi: amount, bottomUp: amount });
const heatMap: z.ZodMiniType<HeatMap> = z.object({ cells: z.array(z.array(z.number())), unplaced: z.number() });

const evmSnapshot: z.ZodMiniType<EvmSnapshot> = z.object({
  asOf: z.string(),
  currency: z.string(),
  figures: z.object({
    bac: z.number(), pv: z.number(), ev: z.number(), ac: z.number(), sv: z.number(), cv: z.number(),
    spi: amount, cpi: amount, eac: perEac, etc: perEac, vac: perEac, tcpiBac: amount, tcpiEac: perEac, percentComplete: amount,
  }),
  earnedSchedule: z.object({ es: z.number(), at: z.number(), spit: amount, forecastFinish: z.nullable(z.string()) }),
  findingCount: z.number(),
});

const riskSnapshot: z.ZodMiniType<RiskSnapshot> = z.object({
  asOf: z.string(),
  scale: z.enum(['oneToFive', 'percentAndMoney']),
  openRisks: z.number(),
  exposure: z.object({ inherent: z.number(), residual: z.number() }),
  heatMap: z.object({ inherent: heatMap, residual: heatMap }),
  derivedRisks: z.number(),
});

const historySnapshot: z.ZodMiniType<HistorySnapshot> = z.object({
  date: z.string(),
  takenAt: z.string(),
  evm: z.nullable(evmSnapshot),
  evmProblem: z.nullable(z.string()),
  risks: z.nullable(riskSnapshot),
  risksProblem: z.nullable(z.string()),
});

export const historyTracking: z.ZodMiniType<HistoryTracking> = z.object({ projectKey: z.string(), tracked: z.boolean() });

export const historyResult: z.ZodMiniType<HistoryResult> = z.object({
  projectKey: z.string(),
  tracked: z.boolean(),
  snapshots: z.array(historySnapshot),
  truncated: z.boolean(),
});
