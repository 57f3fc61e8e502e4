/**
 * What a Confluence macro's Forge context tells Keel (parsed, it comes from the host): which macro this is
 * (by module key), whether Confluence opened its config dialog (`extension.macro.isConfiguring`) and the
 * config saved with `view.submit({ config })`, read back from `extension.config`.
 */
import * as z from 'zod/mini';

export type MacroKind = 'raci' | 'decisions' | 'risks' | 'evm' | 'forecast' | 'status';

/** manifest.yml's macro module keys. */
export const MACRO_MODULES: Readonly<Record<string, MacroKind>> = {
  'keel-raci-macro': 'raci',
  'keel-decision-log-macro': 'decisions',
  'keel-risk-register-macro': 'risks',
  'keel-evm-macro': 'evm',
  'keel-forecast-macro': 'forecast',
  'keel-status-macro': 'status',
};

export const MACRO_TITLES: Readonly<Record<MacroKind, string>> = {
  raci: 'Keel RACI',
  decisions: 'Keel decision log',
  risks: 'Keel risk register',
  evm: 'Keel earned value summary',
  forecast: 'Keel forecast',
  status: 'Keel status',
};

/** The resolver each macro's live view asks, with its config as the payload (macro-app.tsx, first-answers.ts). */
export const MACRO_RESOLVERS = { raci: 'macro/raci', decisions: 'macro/decisions', risks: 'macro/risks', evm: 'macro/evm', forecast: 'macro/forecast', status: 'macro/status' } as const satisfies Record<MacroKind, string>;

/** The risk register, earned value, forecast and status read a project's scope from Keel's settings: no JQL filter. */
export const PROJECT_ONLY: ReadonlySet<MacroKind> = new Set(['risks', 'evm', 'forecast', 'status']);

export type MacroConfig = { projectKey: string } | { jql: string };

export interface MacroSetup {
  kind: MacroKind;
  configuring: boolean;
  /** null: the macro was inserted but never configured (or its config is unreadable). */
  config: MacroConfig | null;
}

const PROJECT_KEY = /^[A-Z][A-Z0-9_]{0,19}$/;

const extensionSchema = z.looseObject({
  config: z.optional(z.unknown()),
  macro: z.optional(z.looseObject({ isConfiguring: z.optional(z.boolean()) })),
});
const storedConfig = z.looseObject({ projectKey: z.optional(z.string()), jql: z.optional(z.string()) });

export function macroKindOf(moduleKey: string): MacroKind | undefined {
  return Object.hasOwn(MACRO_MODULES, moduleKey) ? MACRO_MODULES[moduleKey] : undefined;
}

/** A stored config as one of the two shapes; anything else (empty, both, a bad key) is "not configured". */
export function macroConfigOf(value: unknown): MacroConfig | null {
  const parsed = storedConfig.safeParse(value);
  if (!parsed.success) return null;
  const projectKey = parsed.data.projectKey?.trim() ?? '';
  const jql = parsed.data.jql?.trim() ?? '';
  if (projectKey !== '' && jql === '') return PROJECT_KEY.test(projectKey) ? { projectKey } : null;
  if (jql !== '' && projectKey === '') return { jql };
  return null;
}

export function macroSetupOf(kind: MacroKind, extension: unknown): MacroSetup {
  const parsed = extensionSchema.safeParse(extension);
  if (!parsed.success) return { kind, configuring: false, config: null };
  return { kind, configuring: parsed.data.macro?.isConfiguring === true, config: macroConfigOf(parsed.data.config) };
}

export function isProjectKey(value: string): boolean {
  return PROJECT_KEY.test(value);
}
