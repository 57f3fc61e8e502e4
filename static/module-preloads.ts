/**
 * The Custom UI's index.html with a `<link rel="modulepreload">` for each chunk main.js imports, directly or
 * through another chunk (issue #11): without them the browser learns of the chunks only once main.js has loaded,
 * one more round trip to Forge's CDN before the first answers can start. Only static imports: the views' own
 * chunks (dynamic imports) load when the module is known, and preloading them all would cost every module.
 */

/** What esbuild's metafile says a chunk imports (the paths relative to the output folder, as index.html names them). */
export type ChunkImports = Readonly<Record<string, readonly { path: string; kind: string }[]>>;

/** The chunks `entry` needs before it runs, in the order first met: its static imports and theirs. */
export function staticImportsOf(outputs: ChunkImports, entry: string): string[] {
  const seen = new Set<string>([entry]);
  const visit = (file: string): void => {
    for (const imported of outputs[file] ?? []) {
      if (imported.kind !== 'import-statement' || seen.has(imported.path)) continue;
      seen.add(imported.path);
      visit(imported.path);
    }
  };
  visit(entry);
  return [...seen].filter((file) => file !== entry);
}

/**
 * `indexHtml` with a modulepreload link for each chunk `entry` imports, at the end of its `<head>`; unchanged
 * when it imports none. Chunk names are esbuild's (`chunks/[name]-[hash]`), never markup.
 */
export function withModulePreloads(indexHtml: string, outputs: ChunkImports, entry: string): string {
  const links = staticImportsOf(outputs, entry).map((file) => `  <link rel="modulepreload" href="./${file}" />\n  `);
  const at = indexHtml.search(/<\/head>/i);
  if (links.length === 0 || at < 0) return indexHtml;
  return `${indexHtml.slice(0, at)}${links.join('')}${indexHtml.slice(at)}`;
}
