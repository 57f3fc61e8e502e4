/**
 * Keel's CSV downloads (issue #13, exports): a UTF-8 byte-order mark, RFC 4180 records and the risk CSV's
 * formula-injection guard, for the RACI matrix, the decision log, the per-epic earned value and the S-curve.
 */
import { describe, it } from '@jest/globals';
import type { DecisionRecord, RaciResult } from '@contract';
import { expect } from '../../expect';
import { csvDocument, UTF8_BOM, withBom } from '../../../static/src/exports/csv-document';
import { decisionCsv } from '../../../static/src/exports/decision-csv';
import { evmEpicsCsv, sCurveCsv } from '../../../static/src/exports/evm-csv';
import { raciCsv } from '../../../static/src/exports/raci-csv';

const lines = (csv: string): string[] => csv.slice(1).split('\r\n');
const tomas = { accountId: 'a-tomas', displayName: 'Tomás Herrera', active: true };
const ruth = { accountId: 'a-ruth', displayName: 'Ruth Adeyemi', active: false };

describe('csvDocument', () => {
  it('starts with the BOM, quotes as RFC 4180 and guards formula starts', () => {
    const csv = csvDocument([['Key', 'Owner', 'Note'], ['PAY-1', 'Tomás', '=HYPERLINK("x")'], ['PAY-2', null, 'a,b']]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(lines(csv)).toEqual(['Key,Owner,Note', `PAY-1,Tomás,"'=HYPERLINK(""x"")"`, 'PAY-2,,"a,b"', '']);
    expect(withBom(csv)).toBe(csv);
  });
});

describe('raciCsv', () => {
  it('writes a row per deliverable and a column per person, with role letters and the marks the table shows', () => {
    const row = (key: string, roles: Partial<Record<'responsible' | 'accountable' | 'consulted' | 'informed', (typeof tomas)[]>>, source: 'field' | 'reporter' | 'none') => ({
      key, summary: `${key} summary`, status: 'To Do', statusCategory: 'new' as const, responsible: [], accountable: [], consulted: [], informed: [], ...roles, accountableSource: source,
    });
    const raci = { people: [tomas, ruth], rows: [row('PAY-1', { responsible: [tomas], accountable: [tomas], informed: [ruth] }, 'field'), row('PAY-2', { accountable: [ruth] }, 'reporter')] } as unknown as Pick<RaciResult, 'rows' | 'people'>;
    expect(lines(raciCsv(raci))).toEqual(['Deliverable,Summary,Tomás Herrera,Ruth Adeyemi (deactivated)', 'PAY-1,PAY-1 summary,RA,I', 'PAY-2,PAY-2 summary (A: reporter),,A', '']);
  });
});

describe('decisionCsv', () => {
  it('writes the log with the folded record, and guards a title that starts like a formula', () => {
    const decision: DecisionRecord = {
      key: 'PAY-40', title: '@risk: pick the acquirer', status: 'decided', statusName: 'Decided', owner: tomas, date: '2026-11-02',
      context: 'Two offers.', options: ['Adyen', 'Stripe'], outcome: 'Adyen', consequences: 'Sign by Friday.',
      linkedKeys: ['PAY-19'], supersedes: ['PAY-12'], supersededBy: [], problems: [],
    };
    expect(lines(decisionCsv([decision]))[1]).toBe("PAY-40,'@risk: pick the acquirer,Decided,Tomás Herrera,2026-11-02,Adyen,Two offers.,Adyen; Stripe,Sign by Friday.,,PAY-12,PAY-19,");
  });
});

describe('earned value CSVs', () => {
  it('write the epics in the order given, with the chosen EAC and an empty cell where it is not defined', () => {
    const epic = { key: 'PAY-5', summary: 'Checkout UI', issueCount: 26, bac: 27400, pv: 18300, ev: 18300, ac: 21175, spi: 1, cpi: 0.86 };
    const none = { key: null, summary: '', issueCount: 16, bac: 6900, pv: 0, ev: 0, ac: 0, spi: null, cpi: null };
    const csv = lines(evmEpicsCsv([epic, none], 'USD', 'budgetRate'));
    expect(csv[0]).toBe('Epic,Summary,Issues,BAC (USD),PV (USD),EV (USD),AC (USD),SPI,CPI,EAC AC + (BAC − EV) (USD)');
    // AC + (BAC - EV) = 21,175 + (27,400 - 18,300) = 30,275; with nothing spent or earned, 0 + 6,900 = 6,900.
    expect(csv.slice(1)).toEqual(['PAY-5,Checkout UI,26,27400,18300,18300,21175,1,0.86,30275', 'No epic,,16,6900,0,0,0,,,6900', '']);
  });

  it('write the S-curve series, EV and AC empty after the status date', () => {
    const csv = sCurveCsv({ currency: 'EUR', series: [{ date: '2026-10-05', pv: 100, ev: 80, ac: 90 }, { date: '2026-12-07', pv: 900, ev: null, ac: null }] });
    expect(lines(csv)).toEqual(['Date,PV (EUR),EV (EUR),AC (EUR)', '2026-10-05,100,80,90', '2026-12-07,900,,', '']);
  });
});
