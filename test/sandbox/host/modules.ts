/**
 * The Keel modules the host can show, read from manifest.yml when the sandbox starts (so a module added there
 * appears in the host's module switcher): every Custom UI module (one with a `resource`) of a type the host
 * knows how to frame.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

/** The Forge extension types the host page can frame, and where: a project page, or inside an issue. */
export const HOST_MODULE_TYPES = ['jira:projectPage', 'jira:issuePanel'] as const;
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
