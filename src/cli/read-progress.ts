/**
 * Progress of a long `--site` read, on stderr so stdout stays the answer: a line every `every` requests, when
 * stderr is a terminal (or KEEL_PROGRESS=1 asks for it, as in tests and CI logs). Silent otherwise.
 */
export function readProgress(site: string, options: { every?: number; write?: (line: string) => void; now?: () => number } = {}): () => void {
  const enabled = process.stderr.isTTY || process.env['KEEL_PROGRESS'] === '1';
  const every = options.every ?? 10;
  const write = options.write ?? ((line: string) => process.stderr.write(line));
  const now = options.now ?? Date.now;
  const started = now();
  let requests = 0;
  return () => {
    requests += 1;
    if (enabled && requests % every === 0) write(`keel: ${requests} requests to ${site} so far (${((now() - started) / 1000).toFixed(1)} s)\n`);
  };
}
