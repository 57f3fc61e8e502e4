/**
 * The schedules an instance keeps warm (warm-schedules.ts): bounded by the text they were read from, not only by
 * their number, so two 50,000-issue schedules (about 110 MB of heap each) are never held at once beside the read
 * under way in a 512 MB resolver. The newest is always kept, whatever its size: it is what the next call asks for.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { forgetWarmSchedules, keepWarm, warmSchedule, WARM_TEXT_BYTES } from '../../../src/adapters/storage/warm-schedules';
import type { StoredAnalysis } from '../../../src/adapters/storage/analysis-store';

const MB = 1024 * 1024;

function analysis(generation: string): Omit<StoredAnalysis, 'issues'> {
  return { manifest: { generation } as StoredAnalysis['manifest'], schedule: { nodes: [], edges: [] } as unknown as StoredAnalysis['schedule'] };
}

afterEach(() => forgetWarmSchedules());

describe('warm schedules', () => {
  it('keeps two small schedules, and forgets the oldest for a third', () => {
    keepWarm('A', analysis('a1'), 1 * MB);
    keepWarm('B', analysis('b1'), 1 * MB);
    expect(warmSchedule('A')?.manifest.generation).toBe('a1');
    keepWarm('C', analysis('c1'), 1 * MB);
    expect(warmSchedule('A')).toBeUndefined();
    expect(warmSchedule('B')?.manifest.generation).toBe('b1');
    expect(warmSchedule('C')?.manifest.generation).toBe('c1');
  });

  it('keeps one schedule of 42 MB of text (50,000 issues) alone, forgetting the one before', () => {
    keepWarm('A', analysis('a1'), 42 * MB);
    expect(warmSchedule('A')?.manifest.generation).toBe('a1');
    keepWarm('B', analysis('b1'), 42 * MB);
    expect(warmSchedule('A')).toBeUndefined();
    expect(warmSchedule('B')?.manifest.generation).toBe('b1');
  });

  it('keeps the newest even when it alone passes the bound', () => {
    keepWarm('A', analysis('a1'), 1 * MB);
    keepWarm('B', analysis('b1'), WARM_TEXT_BYTES + MB);
    expect(warmSchedule('A')).toBeUndefined();
    expect(warmSchedule('B')?.manifest.generation).toBe('b1');
  });

  it('counts a project kept again once, at its new size', () => {
    keepWarm('A', analysis('a1'), 30 * MB);
    keepWarm('A', analysis('a2'), 1 * MB);
    keepWarm('B', analysis('b1'), 30 * MB);
    expect(warmSchedule('A')?.manifest.generation).toBe('a2');
    expect(warmSchedule('B')?.manifest.generation).toBe('b1');
  });
});
