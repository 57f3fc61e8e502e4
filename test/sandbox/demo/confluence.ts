/**
 * The Confluence side of the demo site: a PMO space and an Engineering space (GET /wiki/api/v2/spaces), a
 * few pages in the v2 shape with ADF bodies (GET /wiki/api/v2/pages/{id}?body-format=atlas_doc_format), and
 * who may read and write each space. Keel's own pages are not here: Keel writes those. Two status pages carry
 * live Keel macros, stored as Forge writes a macro into a page (an ADF `extension` node of type
 * `com.atlassian.ecosystem` whose `parameters.guestParams` hold the config the macro's dialog saved).
 */
import { adfDoc, bulletList, heading, mention, paragraph, type AdfNode } from './adf';
import { addDays, atTime, isoDateTime, type DemoCalendar } from './calendar';
import type { Snapshot } from '../snapshot-schema';
import { DEMO_USER_LIST, DEMO_USERS, type UserKey } from './users';

type Confluence = Snapshot['confluence'];

interface SpaceSpec {
  id: string;
  key: string;
  name: string;
  homepageId: string;
  author: UserKey;
}

const SPACES: readonly [SpaceSpec, SpaceSpec] = [
  { id: '98305', key: 'PMO', name: 'Project Management Office', homepageId: '163841', author: 'priya' },
  { id: '98306', key: 'ENG', name: 'Engineering', homepageId: '163845', author: 'marcus' },
];

/** manifest.yml's app id and the sandbox's Forge environment, as Forge writes them into a macro's extension key. */
const APP_ID = '3f6c2d4e-8a1b-4c7e-9f20-5b6d7e8a9c01';
const ENVIRONMENT_ID = 'sandbox-development';

function keelMacro(moduleKey: string, title: string, localId: string, config: Record<string, string>): AdfNode {
  const extensionKey = `${APP_ID}/${ENVIRONMENT_ID}/static/${moduleKey}`;
  return {
    type: 'extension',
    attrs: {
      layout: 'default',
      extensionType: 'com.atlassian.ecosystem',
      extensionKey,
      text: title,
      localId,
      parameters: { layout: 'extension', guestParams: config, forgeEnvironment: 'DEVELOPMENT', localId, extensionId: `ari:cloud:ecosystem::extension/${extensionKey}`, extensionTitle: title },
    },
  };
}

const status = (text: string, color: string): AdfNode => ({ type: 'status', attrs: { text, color, localId: `status-${text.toLowerCase()}` } });

interface PageSpec {
  id: string;
  space: SpaceSpec;
  title: string;
  parentId?: string;
  author: UserKey;
  /** Days before today the page was created and last edited. */
  createdAgo: number;
  editedAgo: number;
  version: number;
  message: string;
  body: AdfNode;
}

function pages(): PageSpec[] {
  const [pmo, eng] = SPACES;
  const priya = DEMO_USERS.priya;
  return [
    { id: pmo.homepageId, space: pmo, title: 'Project Management Office', author: 'priya', createdAgo: 120, editedAgo: 60, version: 4, message: '', body: adfDoc([heading(1, 'Project Management Office'), paragraph('Start here for the status of every delivery project.'), bulletList(['Website migration (WEB)', 'Payment gateway integration (PAY)', 'Platform (PLAT)'])]) },
    { id: '163842', space: pmo, parentId: pmo.homepageId, title: 'Payment gateway integration: weekly status', author: 'priya', createdAgo: 50, editedAgo: 3, version: 7, message: 'Week 7 update', body: adfDoc([heading(2, 'Summary'), paragraph('Back end is on track; the checkout UI waits for the payment intent endpoint. Finance reconciliation has a circular dependency between refunds, chargebacks and ledger mapping that needs untangling.'), heading(2, 'Owner'), paragraph(mention(priya.accountId, priya.displayName))]) },
    { id: '163843', space: pmo, parentId: pmo.homepageId, title: 'Website migration: RACI (maintained by hand)', author: 'priya', createdAgo: 45, editedAgo: 20, version: 3, message: 'Added UAT', body: adfDoc([paragraph('This table is maintained by hand until Keel publishes it.'), bulletList(['Content audit: A Priya, R Ruth', 'Environment setup: A Marcus, R Aiko', 'DNS cutover: A Sam, R Sam', 'UAT: A Priya, R Ruth'])]) },
    { id: '163847', space: pmo, parentId: pmo.homepageId, title: 'WEB status', author: 'priya', createdAgo: 30, editedAgo: 1, version: 5, message: 'Live RACI and risks', body: adfDoc([paragraph('Overall: ', status('At risk', 'yellow'), ' · owner ', mention(priya.accountId, priya.displayName)), { type: 'panel', attrs: { panelType: 'info' }, content: [paragraph('The tables below are live: each reader sees what they may see in Jira.')] }, heading(2, 'Who does what'), keelMacro('keel-raci-macro', 'Keel RACI', 'a1f3c2e0-0001-4b7a-9c1d-web0raci0001', { projectKey: 'WEB' }), heading(2, 'Top risks'), keelMacro('keel-risk-register-macro', 'Keel risk register', 'a1f3c2e0-0002-4b7a-9c1d-web0risk0002', { projectKey: 'WEB' })]) },
    { id: '163848', space: pmo, parentId: pmo.homepageId, title: 'Payment gateway: decisions and earned value', author: 'marcus', createdAgo: 28, editedAgo: 2, version: 3, message: 'Decision log macro', body: adfDoc([paragraph('Decisions are recorded as Decision issues in PAY; this page lists them live.'), heading(2, 'Decision log'), keelMacro('keel-decision-log-macro', 'Keel decision log', 'b2e4d3f1-0003-4c8b-8d2e-pay0dlog0003', { projectKey: 'PAY' }), heading(2, 'Earned value'), keelMacro('keel-evm-macro', 'Keel earned value summary', 'b2e4d3f1-0004-4c8b-8d2e-pay0evm00004', { projectKey: 'PAY' })]) },
    { id: eng.homepageId, space: eng, title: 'Engineering', author: 'marcus', createdAgo: 200, editedAgo: 90, version: 2, message: '', body: adfDoc([heading(1, 'Engineering'), paragraph('Design notes, runbooks and on-call.')]) },
    { id: '163846', space: eng, parentId: eng.homepageId, title: 'Payments API design notes', author: 'marcus', createdAgo: 52, editedAgo: 30, version: 5, message: 'Idempotency section', body: adfDoc([heading(2, 'Endpoints'), bulletList(['POST /payment-intents', 'POST /payment-intents/{id}/confirm', 'POST /refunds']), heading(2, 'Idempotency'), paragraph('Every POST takes an Idempotency-Key header, kept for 24 hours.')]) },
  ];
}

export function demoConfluence(calendar: DemoCalendar, baseUrl: string): Confluence {
  const at = (daysAgo: number, hour: number): number => atTime(addDays(calendar.today, -daysAgo), hour, 12, 345);
  const accountId = (key: UserKey): string => DEMO_USERS[key].accountId;
  const active = DEMO_USER_LIST.filter((user) => user.active);
  return {
    spaces: SPACES.map((space) => ({
      id: space.id,
      key: space.key,
      name: space.name,
      type: 'global',
      status: 'current',
      authorId: accountId(space.author),
      createdAt: isoDateTime(at(240, 10)),
      homepageId: space.homepageId,
      _links: { webui: `/spaces/${space.key}` },
    })),
    pages: pages().map((page) => ({
      id: page.id,
      status: 'current',
      title: page.title,
      spaceId: page.space.id,
      ...(page.parentId ? { parentId: page.parentId, parentType: 'page' } : {}),
      authorId: accountId(page.author),
      ownerId: accountId(page.author),
      createdAt: isoDateTime(at(page.createdAgo, 9)),
      version: { number: page.version, message: page.message, minorEdit: false, authorId: accountId(page.author), createdAt: isoDateTime(at(page.editedAgo, 15)) },
      body: { atlas_doc_format: { value: JSON.stringify(page.body), representation: 'atlas_doc_format' } },
      _links: { webui: `/spaces/${page.space.key}/pages/${page.id}`, editui: `/pages/resumedraft.action?draftId=${page.id}`, tinyui: `/x/${page.id}`, base: `${baseUrl}/wiki` },
    })),
    spacePermissions: [
      { spaceKey: 'PMO', read: ['anyone-signed-in'], write: [accountId('priya'), accountId('marcus'), accountId('tomas')], admin: [accountId('priya')] },
      {
        spaceKey: 'ENG',
        read: active.filter((user) => user.key !== 'aiko').map((user) => user.accountId),
        write: (['marcus', 'sam', 'lena', 'noor'] as const).map(accountId),
        admin: [accountId('sam')],
      },
    ],
  };
}
