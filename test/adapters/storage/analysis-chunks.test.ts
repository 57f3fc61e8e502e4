import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { analysisChunks } from '../../../src/adapters/storage/analysis-chunks';

const bytes = (chunk: string) => Buffer.byteLength(JSON.stringify(chunk));

describe('analysisChunks', () => {
  it('cuts plain text into chunks of the byte budget, joined back to the same text', () => {
    const text = 'a'.repeat(2500);
    const chunks = analysisChunks(text, 1000);
    // Two bytes of each chunk's JSON are its quotes.
    expect(chunks.map((c) => c.length)).toEqual([998, 998, 504]);
    expect(chunks.join('')).toBe(text);
  });

  it('makes shorter chunks of text JSON escapes or UTF-8 widens, each within the budget', () => {
    const text = Array.from({ length: 400 }, (_, i) => `"q"\u0001 支払い ${i} 😀`).join('|');
    const chunks = analysisChunks(text, 1000);
    expect(chunks.join('')).toBe(text);
    for (const chunk of chunks) expect(bytes(chunk)).toBeLessThanOrEqual(1000);
    expect(chunks.length).toBeGreaterThan(Math.ceil(text.length / 998));
    // Not wastefully short either: every chunk but the last is more than half full.
    for (const chunk of chunks.slice(0, -1)) expect(bytes(chunk)).toBeGreaterThan(500);
  });

  it('answers no chunk for no text, and one for text under the budget', () => {
    expect(analysisChunks('')).toEqual([]);
    expect(analysisChunks('{"nodes":[]}')).toEqual(['{"nodes":[]}']);
  });
});
