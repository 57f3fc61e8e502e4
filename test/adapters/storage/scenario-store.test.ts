/** The stored scenario's schema reads values written before an apply counted the changes Jira already held (issue #17). */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { storedScenarioSchema } from '../../../src/adapters/storage/scenario-store';

const who = { accountId: 'p', name: 'Priya Natarajan' };
const stored = { id: 'abc123', name: 'Switch provider', createdBy: who, createdAt: '2026-12-01T09:00:00Z', updatedBy: who, updatedAt: '2026-12-01T09:00:00Z', version: 2, edits: [] };

describe('storedScenarioSchema', () => {
  it('reads an apply stored without an already-in-Jira count as none, and keeps one stored with it', () => {
    const old = storedScenarioSchema.parse({ ...stored, applied: { at: '2026-12-02T10:00:00Z', by: who, done: 2, refused: 1 } });
    expect(old.applied).toEqual({ at: '2026-12-02T10:00:00Z', by: who, done: 2, already: 0, refused: 1 });
    const now = storedScenarioSchema.parse({ ...stored, applied: { at: '2026-12-02T10:00:00Z', by: who, done: 0, already: 3, refused: 0 } });
    expect(now.applied).toMatchObject({ done: 0, already: 3, refused: 0 });
  });
});
