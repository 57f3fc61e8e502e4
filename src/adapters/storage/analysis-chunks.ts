/**
 * A stored part's JSON text cut into KVS values (at most 240 KiB each, measured as the value's JSON). A chunk is
 * as long as fits in `ANALYSIS_CHUNK_BYTES` once encoded, so plain text makes chunks of about 200,000 characters and
 * text JSON must escape (quotes, control characters) or that takes several UTF-8 bytes makes shorter ones: a
 * fixed character count had to assume the worst case and cost five times the KVS writes and reads.
 */

/** Bytes a chunk's stored JSON may take: 40 KiB under Forge's 240 KiB a value. */
export const ANALYSIS_CHUNK_BYTES = 200 * 1024;

const storedBytes = (chunk: string): number => Buffer.byteLength(JSON.stringify(chunk));

export function analysisChunks(text: string, maxBytes: number = ANALYSIS_CHUNK_BYTES): string[] {
  const chunks: string[] = [];
  let start = 0;
  // The last chunk's length, a little longer: the next is much like it, so it usually fits at the first try.
  let guess = maxBytes;
  while (start < text.length) {
    // Every character takes at least one byte, so no chunk is longer than maxBytes characters.
    let length = Math.min(maxBytes, guess, text.length - start);
    let bytes = storedBytes(text.slice(start, start + length));
    while (bytes > maxBytes) {
      // Shrunk in proportion to the excess, and always by at least one character.
      length = Math.max(1, Math.min(length - 1, Math.floor((length * maxBytes) / bytes)));
      bytes = storedBytes(text.slice(start, start + length));
    }
    chunks.push(text.slice(start, start + length));
    guess = Math.ceil(length * 1.02);
    start += length;
  }
  return chunks;
}
