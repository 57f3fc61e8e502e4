/**
 * Runs `fn` with the working directory and environment changed, restoring both afterwards. @forge/manifest
 * and @forge/lint resolve `manifest.yml`, `tsconfig.json` and handler files from `process.cwd()`, and read the
 * swagger locations from `process.env`, so there is no way to pass them in.
 */
export async function inDirectory<T>(dir: string, env: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  const previousDir = process.cwd();
  const previousEnv = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  process.chdir(dir);
  Object.assign(process.env, env);
  try {
    return await fn();
  } finally {
    process.chdir(previousDir);
    for (const [name, value] of Object.entries(previousEnv)) {
      if (value === undefined) Reflect.deleteProperty(process.env, name);
      else process.env[name] = value;
    }
  }
}
