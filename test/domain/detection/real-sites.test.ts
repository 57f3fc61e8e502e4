/**
 * Detection on the real `/field`, `/issueLinkType` and `/issuetype` answers of public Jira sites
 * (../shared/atlassian/jira-sites, or KEEL_ATLASSIAN_SITES). Missing data fails under CI=true and is
 * skipped loudly otherwise. Every site's detected settings must pass the settings schema.
 */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { settingsFromDetection } from '../../../src/config/settings-from-detection';
import { settingsSchema } from '../../../src/config/settings';
import { siteDetection, type DetectionReport } from '../../../src/domain/detection/site-detection';
import type { SiteInventory } from '../../../src/domain/detection/site-inventory';
import { jiraSites, jiraSitesFolder, missingSiteFiles } from './jira-sites';

/** Per site: every mapped link type as "name: predecessor side kind", the candidates, and the fields chosen. */
interface Expected {
  mapped: string[];
  candidates: string[];
  storyPoints: string | null;
  startDate: string | null;
  sprint: string;
  risk?: string;
  decision?: string;
}

const EXPECTED: Record<string, Expected> = {
  Apache: {
    mapped: ['Blocker: outward FS', 'dependent: inward FS'],
    candidates: ['Blocked', 'Dependency', 'Dependent', 'Required'],
    storyPoints: 'customfield_12310293', startDate: 'customfield_12314422', sprint: 'customfield_12310921',
  },
  Hyperledger: { mapped: ['Blocks: outward FS'], candidates: [], storyPoints: 'customfield_10002', startDate: null, sprint: 'customfield_10004' },
  IntelDAOS: {
    mapped: ['Blocker: outward FS', 'Blocks: outward FS', 'Gantt End to End: outward FF', 'Gantt End to Start: outward FS', 'Gantt Start to Start: outward SS'],
    candidates: [],
    storyPoints: 'customfield_10016', startDate: 'customfield_10015', sprint: 'customfield_10020',
  },
  JFrog: {
    mapped: [
      'Dependency: inward FS',
      'Finish-to-Finish link (WBSGantt): outward FF',
      'Finish-to-Start link (WBSGantt): outward FS',
      'Gantt End to End: outward FF',
      'Gantt End to Start: outward FS',
      'Gantt Start to End: outward SF',
      'Gantt Start to Start: outward SS',
      'Start-to-Finish link (WBSGantt): outward SF',
      'Start-to-Start link (WBSGantt): outward SS',
    ],
    candidates: [],
    storyPoints: 'customfield_14600', startDate: 'customfield_12115', sprint: 'customfield_10805',
  },
  Jira: {
    mapped: ['Blocker: outward FS', 'Depends: inward FS'],
    candidates: ['Follows'],
    storyPoints: 'customfield_10571', startDate: 'customfield_19230', sprint: 'customfield_11930', risk: 'Risk', decision: 'PM Decision',
  },
  JiraEcosystem: {
    mapped: ['Blocker: outward FS', 'Blocks: outward FS', 'Depends: inward FS', 'Preceded By: outward FS'],
    candidates: [],
    storyPoints: 'customfield_19406', startDate: 'customfield_19360', sprint: 'customfield_10880',
  },
  Mojang: { mapped: ['Blocks: outward FS'], candidates: [], storyPoints: null, startDate: null, sprint: 'customfield_11601' },
  MongoDB: {
    mapped: [
      'Depends: inward FS', 'Gantt Dependency: outward FS', 'Gantt End to End: outward FF', 'Gantt End to Start: outward FS',
      'Gantt Start to End: outward SF', 'Gantt Start to Start: outward SS',
    ],
    candidates: [],
    storyPoints: 'customfield_10555', startDate: 'customfield_14261', sprint: 'customfield_10557',
  },
  Qt: { mapped: ['Blocks: outward FS', 'Dependency: inward FS'], candidates: [], storyPoints: 'customfield_10183', startDate: null, sprint: 'customfield_10302', risk: 'Risk' },
  RedHat: {
    mapped: [
      'Blocks: outward FS', 'finish-finish [GANTT]: outward FF', 'finish-start [GANTT]: outward FS', 'Gantt: finish-finish: outward FF',
      'Gantt: finish-start: outward FS', 'Gantt: start-finish: outward SF', 'Gantt: start-start: outward SS', 'start-finish [GANTT]: outward SF',
      'start-start [GANTT]: outward SS',
    ],
    candidates: [],
    storyPoints: 'customfield_12310243', startDate: 'customfield_12313941', sprint: 'customfield_12310940', risk: 'Risk',
  },
  Sakai: { mapped: ['5 - Depend: outward FS', '6 - Blocks: outward FS'], candidates: [], storyPoints: 'customfield_10016', startDate: 'customfield_10015', sprint: 'customfield_10020' },
  SecondLife: { mapped: ['Blockers: outward FS', 'Depends: inward FS'], candidates: [], storyPoints: 'customfield_10163', startDate: 'customfield_13172', sprint: 'customfield_10671' },
  Sonatype: { mapped: ['dependent: inward FS'], candidates: [], storyPoints: 'customfield_10132', startDate: 'customfield_12700', sprint: 'customfield_11001' },
  Spring: { mapped: ['Depend: inward FS', 'Depends: inward FS'], candidates: [], storyPoints: 'customfield_10142', startDate: null, sprint: 'customfield_10480' },
};

const missing = missingSiteFiles();
if (missing.length > 0) {
  const message = `The Jira site answers are missing (${missing.join(', ')}); set KEEL_ATLASSIAN_SITES to the jira-sites folder.`;
  if (process.env.CI === 'true') throw new Error(`${message} They are required under CI=true.`);
  process.stderr.write(`\n!!! Detection on real Jira sites is SKIPPED. ${message}\n\n`);
}

const mappedOf = (r: DetectionReport): string[] => r.linkTypes.mapped.map((m) => `${m.linkType}: ${m.predecessor} ${m.kind}`).sort();

((missing.length > 0) ? describe.skip : describe)(`detection on the real Jira sites in ${jiraSitesFolder}`, () => {
  const sites = missing.length > 0 ? new Map<string, SiteInventory>() : jiraSites();

  it('covers every site that has all three answers, and expects something of each', () => {
    expect([...sites.keys()].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s', (site, expected) => {
    const inventory = sites.get(site);
    expect(inventory, `site ${site} in the data`).toBeDefined();
    if (inventory === undefined) return;
    const report = siteDetection(inventory);
    expect(mappedOf(report)).toEqual([...expected.mapped].sort());
    expect(report.linkTypes.candidates.map((c) => c.linkType).sort()).toEqual([...expected.candidates].sort());
    expect(report.fields.storyPoints.chosen?.id ?? null).toBe(expected.storyPoints);
    expect(report.fields.startDate.chosen?.id ?? null).toBe(expected.startDate);
    expect(report.fields.sprint.chosen?.id).toBe(expected.sprint);
    expect(report.issueTypes.risk.chosen?.name ?? null).toBe(expected.risk ?? null);
    expect(report.issueTypes.decision.chosen?.name ?? null).toBe(expected.decision ?? null);
    for (const m of report.linkTypes.mapped) expect(m.reason).not.toBe('');
    const settings = settingsFromDetection(report);
    expect(settingsSchema.parse(settings)).toEqual(settings);
    expect(settings.linkMappings.map((l) => l.linkType)).toEqual(report.linkTypes.mapped.map((m) => m.linkType));
  });

  it('reads direction from the words, not the name: Sakai\'s "5 - Depend" makes the outward issue the predecessor', () => {
    const sakai = sites.get('Sakai');
    const depend = sakai && siteDetection(sakai).linkTypes.mapped.find((m) => m.linkType === '5 - Depend');
    expect(depend).toMatchObject({ predecessor: 'outward', kind: 'FS' });
    expect(depend?.reason).toContain("outward words 'is depended on by': the outward issue is the predecessor");
  });

  it('explains the choice where a site has both story point fields (IntelDAOS, JiraEcosystem, Sakai)', () => {
    for (const site of ['IntelDAOS', 'JiraEcosystem', 'Sakai']) {
      const inventory = sites.get(site);
      const detection = inventory && siteDetection(inventory).fields.storyPoints;
      expect(detection?.chosen?.name).toBe('Story point estimate');
      expect(detection?.reason).toMatch(/^both kinds exist: .*jsw-story-points/);
      expect(detection?.alternatives.map((a) => a.name)).toContain('Story Points');
    }
  });

  it('lists symmetric words as candidates with the reason, never as mappings (Apache "Blocked")', () => {
    const apache = sites.get('Apache');
    const blocked = apache && siteDetection(apache).linkTypes.candidates.find((c) => c.linkType === 'Blocked');
    expect(blocked).toMatchObject({ suggested: null });
    expect(blocked?.reason).toContain("outward and inward words are both 'Blocked'");
  });
});
