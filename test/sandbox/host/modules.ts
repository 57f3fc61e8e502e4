/**
 * The Keel modules the host can show, read from manifest.yml when the sandbox starts (so a module added there
 * appears in the host's module switcher): every Custom UI module (one with a `resource`) of a type the host
 * knows how to frame, and the Confluence macros its Confluence pages run in place.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

/**
 * The Forge extension types the host page can frame, and where: a project page, inside an issue, Jira's
 * admin settings (`jira:adminPage`) or a project's settings (`jira:projectSettingsPage`).
 */
export const HOST_MODULE_TYPES = ['jira:projectPage', 'jira:issuePanel', 'jira:adminPage', 'jira:projectSettingsPage'] as const;
export type HostModuleType = (typeof HOST_MODULE_TYPES)[number];

export interface HostModule {
  key: string;
  type: HostModuleType;
  title: string;
}

const uiModule = z.looseObject({ key: z.string(), title: z.string(), resource: z.string().optional() });
const manifestSchema = z.looseObject({ modules: z.record(z.string(), z.array(z.looseObject({}))) });

const isHostType = (type: string): type is HostModuleType => (HOST_MODULE_TYPES as readonly string[]).includes(type);

/** The framed modules a manifest declares, in manifest order. */
export function hostModulesOf(manifestText: string): HostModule[] {
  const manifest = manifestSchema.parse(parse(manifestText));
  return Object.entries(manifest.modules).flatMap(([type, entries]) => {
    if (!isHostType(type)) return [];
    return entries.flatMap((entry) => {
      const module = uiModule.parse(entry);
      return module.resource === undefined ? [] : [{ key: module.key, type, title: module.title }];
    });
  });
}

function manifestModules(): [HostModule, ...HostModule[]] {
  const path = join(__dirname, '..', '..', '..', 'manifest.yml');
  const [first, ...rest] = hostModulesOf(readFileSync(path, 'utf8'));
  if (!first) throw new Error(`${path} declares no module the sandbox host can show (${HOST_MODULE_TYPES.join(', ')}).`);
  return [first, ...rest];
}

export const HOST_MODULES = manifestModules();

/** A Custom UI `macro` module: Confluence runs it in place inside a page, where the page's ADF names it. */
export interface HostMacro {
  key: string;
  title: string;
  /** True when the macro has a Custom UI config dialog (`config.resource`). */
  configurable: boolean;
}

const macroModule = uiModule.extend({ config: z.union([z.boolean(), z.looseObject({ resource: z.string().optional() })]).optional() });

/** The Custom UI macros a manifest declares, in manifest order. */
export function hostMacrosOf(manifestText: string): HostMacro[] {
  const manifest = manifestSchema.parse(parse(manifestText));
  return (manifest.modules['macro'] ?? []).flatMap((entry) => {
    const module = macroModule.parse(entry);
    if (module.resource === undefined) return [];
    const configurable = typeof module.config === 'object' && module.config.resource !== undefined;
    return [{ key: module.key, title: module.title, configurable }];
  });
}

export const HOST_MACROS = hostMacrosOf(readFileSync(join(__dirname, '..', '..', '..', 'manifest.yml'), 'utf8'));
