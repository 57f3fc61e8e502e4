/** The runtime `installForgeRuntime` installed last, for helpers called without one. */
export interface RuntimeInfo {
  readonly cloudId: string;
  readonly siteUrl: string;
  readonly environmentId: string;
  /** `ari:cloud:jira::site/<cloudId>`, as Forge passes it to functions. */
  readonly installContext: string;
}

let installed: RuntimeInfo | undefined;

export function setInstalledForgeRuntime(runtime: RuntimeInfo | undefined): void {
  installed = runtime;
}

export function installedForgeRuntime(): RuntimeInfo {
  if (installed === undefined) throw new Error('No Forge runtime installed: call installForgeRuntime({ site }) first');
  return installed;
}
