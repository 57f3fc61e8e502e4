import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { csvField, DEFAULT_RISK_COLUMNS, riskCsv, riskFlagWords } from '../../../src/domain/risk/risk-csv';
import { scoredRisk } from '../../../src/domain/risk/scored-risk';
import { riskRecord } from './risk-builders';

const scored = (overrides: Parameters<typeof riskRecord>[0]) =>
  scoredRisk(riskRecord(overrides), 'oneToFive', { critical: new Set(), nearCritical: new Set() }, { critical: 1.5, nearCritical: 1.25 });

describe('csvField (RFC 4180 with formula-injection defence)', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line one\nline two', '"line one\nline two"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', '"\'\r=1"'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('csvField(%j) = %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('writes numbers plainly, null as empty, and a negative number as text', () => {
    expect(csvField(12)).toBe('12');
    expect(csvField(1.5)).toBe('1.5');
    expect(csvField(null)).toBe('');
    expect(csvField(-3)).toBe("'-3");
  });
});

describe('riskCsv', () => {
  it('writes a header and one CRLF-ended record per risk, for exactly the columns asked', () => {
    const csv = riskCsv([scored({ key: 'PAY-7', summary: 'Card data, "exposed"', probability: 3, impact: 5 })], ['key', 'summary', 'inherentScore']);
    expect(csv).toBe('Key,Summary,Score\r\nPAY-7,"Card data, ""exposed""",15\r\n');
  });

  it("writes the forecast's days at P80 the caller gives, empty for a risk not measured, and leaves them out by default", () => {
    const risks = [scored({ key: 'PAY-7' }), scored({ key: 'PAY-8' }), scored({ key: 'PAY-9' })];
    const csv = riskCsv(risks, ['key', 'scheduleDays'], new Map([['PAY-7', 4], ['PAY-8', null]]));
    expect(csv).toBe('Key,Days added at P80\r\nPAY-7,4\r\nPAY-8,\r\nPAY-9,\r\n');
    expect(riskCsv(risks).split('\r\n')[0]).not.toContain('P80');
  });

  it('keeps a summary with a newline and a formula in one neutralised field', () => {
    const csv = riskCsv([scored({ summary: '=cmd|\' /C calc\'!A0\nsecond line' })], ['summary']);
    expect(csv).toBe('Summary\r\n"\'=cmd|\' /C calc\'!A0\nsecond line"\r\n');
  });

  it('has every column by default, with owners, treatments and problems readable', () => {
    const csv = riskCsv([
      scored({ owner: { accountId: 'x', displayName: 'Old Account', active: false }, treatmentKeys: ['PAY-2', 'PAY-3'], reviewDate: null }),
    ]);
    const [header, row] = csv.split('\r\n');
    expect(header?.split(',')).toHaveLength(DEFAULT_RISK_COLUMNS.length);
    expect(header).toBe(
      'Key,Summary,Status,Category,Owner,Probability,Impact,Score,Residual probability,Residual impact,Residual score,RPN,Weighted score,Why weighted,Treatments,Proximity,Review date,Flags,Problems',
    );
    expect(row).toContain('Old Account (deactivated)');
    expect(row).toContain('PAY-2 PAY-3');
    expect(row).toContain('"The owner, Old Account, is a deactivated account: name a new owner."');
    expect(row).toContain(',no owner; no review date,');
  });

  it('writes the flags of an open risk in words, and nothing for a risk with none or a closed one', () => {
    const bare = { owner: null, treatmentKeys: [], reviewDate: null };
    const csv = riskCsv(
      [
        scored({ key: 'PAY-1', ...bare }),
        scored({ key: 'PAY-2', owner: null }),
        scored({ key: 'PAY-3', reviewDate: '2026-12-01' }),
        scored({ key: 'PAY-4', ...bare, statusCategory: 'done' }),
      ],
      ['key', 'flags'],
    );
    expect(csv).toBe('Key,Flags\r\nPAY-1,no owner; no treatment; no review date\r\nPAY-2,no owner\r\nPAY-3,\r\nPAY-4,\r\n');
  });
});

describe('riskFlagWords', () => {
  it.each([
    [{ noOwner: true, noTreatment: true, noReviewDate: false }, 'no owner; no treatment'],
    [{ noOwner: false, noTreatment: false, noReviewDate: true }, 'no review date'],
    [{ noOwner: false, noTreatment: false, noReviewDate: false }, null],
  ])('riskFlagWords(%j) = %j', (flags, expected) => {
    expect(riskFlagWords(flags)).toBe(expected);
  });
});
