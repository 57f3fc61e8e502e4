import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import type { DependencyKind } from '../../../src/domain/dependency-rule';
import { drivingChain } from '../../../src/domain/schedule/driving-chain';
import { calendar, schedule, table } from './network-builder';

describe('criticalPath: textbook networks (finish-to-start, no lag)', () => {
  it('solves the classic 7-activity example', () => {
    // Source: "Example 1: Draw the network for the events in Table 1", studylib.net/doc/8378728 (a course
    // handout on CPM): A 6 h; B 2 (A); C 2 (A); D 3 (B); F 2 (C); E 4 (D, F); G 1 (E). Its Table 2 gives the
    // critical path A-B-D-E-G = 16 and slack 1 for C and F. By hand:
    //   forward  A 0-6, B 6-8, C 6-8, D 8-11, F 8-10, E max(11,10)=11-15, G 15-16; finish 16
    //   backward G 15-16, E 11-15, D 8-11, F 9-11, B 6-8, C LF=LS(F)=9 -> 7-9, A LF=min(6,7)=6 -> 0-6
    //   free slack: C -> F: ES(F) - EF(C) = 8 - 8 = 0; F -> E: 11 - 10 = 1; the rest 0.
    const result = schedule([
      { key: 'A', days: 6 },
      { key: 'B', days: 2, after: ['A'] },
      { key: 'C', days: 2, after: ['A'] },
      { key: 'D', days: 3, after: ['B'] },
      { key: 'F', days: 2, after: ['C'] },
      { key: 'E', days: 4, after: ['D', 'F'] },
      { key: 'G', days: 1, after: ['E'] },
    ]);
    expect(result.projectFinish).toBe(16);
    expect(table(result)).toEqual({
      A: [0, 6, 0, 6, 0, 0],
      B: [6, 8, 6, 8, 0, 0],
      C: [6, 8, 7, 9, 1, 0],
      D: [8, 11, 8, 11, 0, 0],
      F: [8, 10, 9, 11, 1, 1],
      E: [11, 15, 11, 15, 0, 0],
      G: [15, 16, 15, 16, 0, 0],
    });
    expect(result.criticalKeys).toEqual(['A', 'B', 'D', 'E', 'G']);
    expect(drivingChain(result, 'G')).toEqual(['A', 'B', 'D', 'E', 'G']);
  });

  it('solves the 14-activity A-N example', () => {
    // Source: the activity list of "Network Construction - Critical Path Method" (an open project-management
    // textbook module; paths listed there: A-B-F-I-K-L-N = 41 is the longest). By hand:
    //   forward  A 0-2; B 2-12; C 2-15; D 2-14; E 12-24; F 12-19; G 14-24; H 14-30; I 19-25;
    //            J max(15,24)=24-36; K 25-30; L max(24,30)=30-38; M 30-35; N max(36,38,35)=38-41
    //   backward N 38-41; J 26-38; L 30-38; M 33-38; K 25-30; E 18-30; H 17-33; I 19-25; G 16-26;
    //            F 12-19; C 13-26; D LF=min(16,17)=16 -> 4-16; B LF=min(18,12)=12 -> 2-12; A LF=min(2,13,4)=2
    //   total slack C 11, D 2, E 6, G 2, H 3, J 2, M 3, others 0
    //   free slack C 24-15=9, E 30-24=6, J 38-36=2, M 38-35=3, others 0
    const result = schedule([
      { key: 'A', days: 2 },
      { key: 'B', days: 10, after: ['A'] },
      { key: 'C', days: 13, after: ['A'] },
      { key: 'D', days: 12, after: ['A'] },
      { key: 'E', days: 12, after: ['B'] },
      { key: 'F', days: 7, after: ['B'] },
      { key: 'G', days: 10, after: ['D'] },
      { key: 'H', days: 16, after: ['D'] },
      { key: 'I', days: 6, after: ['F'] },
      { key: 'J', days: 12, after: ['C', 'G'] },
      { key: 'K', days: 5, after: ['I'] },
      { key: 'L', days: 8, after: ['E', 'K'] },
      { key: 'M', days: 5, after: ['H'] },
      { key: 'N', days: 3, after: ['J', 'L', 'M'] },
    ]);
    expect(result.projectFinish).toBe(41);
    expect(table(result)).toEqual({
      A: [0, 2, 0, 2, 0, 0],
      B: [2, 12, 2, 12, 0, 0],
      C: [2, 15, 13, 26, 11, 9],
      D: [2, 14, 4, 16, 2, 0],
      E: [12, 24, 18, 30, 6, 6],
      F: [12, 19, 12, 19, 0, 0],
      G: [14, 24, 16, 26, 2, 0],
      H: [14, 30, 17, 33, 3, 0],
      I: [19, 25, 19, 25, 0, 0],
      J: [24, 36, 26, 38, 2, 2],
      K: [25, 30, 25, 30, 0, 0],
      L: [30, 38, 30, 38, 0, 0],
      M: [30, 35, 33, 38, 3, 3],
      N: [38, 41, 38, 41, 0, 0],
    });
    expect(result.criticalKeys).toEqual(['A', 'B', 'F', 'I', 'K', 'L', 'N']);
    expect(drivingChain(result, 'N')).toEqual(['A', 'B', 'F', 'I', 'K', 'L', 'N']);
    // near-critical at 2 days: the critical ones plus D, G and J
    expect(Object.values(result.items).filter((s) => s.nearCritical && !s.critical).map((s) => s.key)).toEqual(['D', 'G', 'J']);
    expect(result.projectFinishDate).toBe(calendar.dateOf(40)); // 41 working days from Monday 2025-01-06
    expect(result.projectFinishDate).toBe('2025-03-03');
  });
});

describe('criticalPath: the four dependency kinds with lag and lead', () => {
  // Kind definitions: PMBOK Guide 6th ed., 6.3.2.1 (precedence diagramming method) and 6.3.2.3 (leads and
  // lags). Numbers are ours. Network: P (4 d) -FS-> I (5 d) -kind, lag-> J (3 d), so I runs 4-9.
  // By hand, J's early dates and the slack that follow (finish = max(9, EF(J))):
  //   FS +2: ES(J) >= EF(I)+2 = 11 -> J 11-14, finish 14; LF(I) = LS(J)-2 = 9: all critical
  //   FS -2: ES(J) >= 9-2 = 7 -> J 7-10, finish 10; LF(I) = LS(J)+2 = 9: all critical
  //   SS +2: ES(J) >= ES(I)+2 = 6 -> J 6-9, finish 9; LF(I) = LS(J)-2+5 = 9: all critical
  //   SS -2: ES(J) >= 2 -> J 2-5, finish 9; TS(J) = 9-5 = 4; LF(I) = min(9, 6+2+5) = 9
  //   FF +2: EF(J) >= EF(I)+2 = 11 -> J 8-11, finish 11; LF(I) = LF(J)-2 = 9: all critical
  //   FF -2: EF(J) >= 7 -> J 4-7, finish 9; TS(J) = 2
  //   SF +2: EF(J) >= ES(I)+2 = 6 -> J 3-6, finish 9; TS(J) = 3; free(I) = min(9-9, 6-4-2) = 0
  //   SF +6: EF(J) >= 10 -> J 7-10, finish 10; LF(I) = LF(J)-6+5 = 9: all critical, driven through SF
  //   SF -2: EF(J) >= 2 -> ES(J) = max(0, 2-3) = 0: J 0-3 starts at the project start, no driver; TS(J) = 6
  it.each<[DependencyKind, number, number, number, number, number, boolean]>([
    // kind, lag, ES(J), EF(J), finish, TS(J), J driven by I
    ['FS', 2, 11, 14, 14, 0, true],
    ['FS', -2, 7, 10, 10, 0, true],
    ['SS', 2, 6, 9, 9, 0, true],
    ['SS', -2, 2, 5, 9, 4, true],
    ['FF', 2, 8, 11, 11, 0, true],
    ['FF', -2, 4, 7, 9, 2, true],
    ['SF', 2, 3, 6, 9, 3, true],
    ['SF', 6, 7, 10, 10, 0, true],
    ['SF', -2, 0, 3, 9, 6, false],
  ])('%s %i: J runs %i-%i, finish %i, TS(J) %i', (kind, lag, es, ef, finish, slack, driven) => {
    const result = schedule([
      { key: 'P', days: 4 },
      { key: 'I', days: 5, after: ['P'] },
      { key: 'J', days: 3, after: [['I', kind, lag]] },
    ]);
    const j = result.items.J;
    expect([j?.earlyStart, j?.earlyFinish, result.projectFinish, j?.totalSlack]).toEqual([es, ef, finish, slack]);
    expect(j?.drivingPredecessor?.key ?? null).toBe(driven ? 'I' : null);
    expect(j?.drivingPredecessor?.kind ?? kind).toBe(kind);
    expect([result.items.P?.totalSlack, result.items.I?.totalSlack]).toEqual([0, 0]);
    expect(j?.critical).toBe(slack === 0);
    expect(drivingChain(result, 'J')).toEqual(driven ? ['P', 'I', 'J'] : ['J']);
  });
});
