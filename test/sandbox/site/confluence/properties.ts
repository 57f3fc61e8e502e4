/**
 * Page content properties: GET/POST /pages/{page-id}/properties and GET/PUT/DELETE
 * /pages/{page-id}/properties/{property-id}. Reading needs read access to the space, writing write access
 * (404 otherwise). An update must carry version.number = current + 1, else 409; a duplicate key is 400.
 */
import { z } from 'zod';
import type { Snapshot } from '../../snapshot-schema';
import { parseBody, type RouteContext } from '../context';
import { confluenceError, json, noContent } from '../respond';
import { authorOf, nextId, readablePage, writableSpace, type Page } from './access';
import { cursorPage } from './cursor-page';

type Property = NonNullable<Snapshot['confluence']['pageProperties']>[string][number];

const createRequest = z.object({ key: z.string().min(1), value: z.unknown() });
const updateRequest = z.object({ key: z.string().min(1), value: z.unknown(), version: z.object({ number: z.number().int(), message: z.string().optional() }) });

function propertiesOf(ctx: RouteContext, pageId: string): Property[] {
  const all = (ctx.state.confluence.pageProperties ??= {});
  return (all[pageId] ??= []);
}

function page(ctx: RouteContext, write: boolean): Page | undefined {
  const found = readablePage(ctx.state, ctx.principal, ctx.params['page-id'] ?? '');
  return found && (!write || writableSpace(ctx.state, ctx.principal, found.spaceId)) ? found : undefined;
}

const pageMissing = (): Response => confluenceError(404, 'Page not found or you do not have permission to access it');
const badRequest = (problems: Record<string, string>): Response => confluenceError(400, Object.entries(problems).map(([k, v]) => `${k}: ${v}`).join('; '));
const version = (ctx: RouteContext, number: number, message = ''): Property['version'] =>
  ({ number, message, minorEdit: false, authorId: authorOf(ctx.principal), createdAt: ctx.now().toISOString() });

export function listProperties(ctx: RouteContext): Response {
  const target = page(ctx, false);
  if (!target) return pageMissing();
  const key = ctx.query.get('key');
  const properties = propertiesOf(ctx, target.id).filter((p) => key === null || p.key === key);
  return cursorPage(ctx, `/wiki/api/v2/pages/${target.id}/properties`, properties, (p) => p);
}

export function createProperty(ctx: RouteContext): Response {
  if (ctx.principal.type === 'anonymous') return confluenceError(401, 'Unauthorized');
  const target = page(ctx, true);
  if (!target) return pageMissing();
  const parsed = parseBody(ctx.body, createRequest);
  if (!parsed.ok) return badRequest(parsed.problems);
  const properties = propertiesOf(ctx, target.id);
  if (properties.some((p) => p.key === parsed.data.key)) return confluenceError(400, `Cannot create property with the same key: ${parsed.data.key}`);
  const allIds = Object.values(ctx.state.confluence.pageProperties ?? {}).flat().map((p) => p.id);
  const property: Property = { id: nextId(allIds, 500_000), key: parsed.data.key, value: parsed.data.value, version: version(ctx, 1) };
  properties.push(property);
  return json(200, property);
}

function findProperty(ctx: RouteContext, target: Page): Property | undefined {
  return propertiesOf(ctx, target.id).find((p) => p.id === ctx.params['property-id']);
}

export function getProperty(ctx: RouteContext): Response {
  const target = page(ctx, false);
  const property = target && findProperty(ctx, target);
  return property ? json(200, property) : pageMissing();
}

export function updateProperty(ctx: RouteContext): Response {
  if (ctx.principal.type === 'anonymous') return confluenceError(401, 'Unauthorized');
  const target = page(ctx, true);
  const property = target && findProperty(ctx, target);
  if (!property) return pageMissing();
  const parsed = parseBody(ctx.body, updateRequest);
  if (!parsed.ok) return badRequest(parsed.problems);
  if (parsed.data.version.number !== property.version.number + 1) {
    return confluenceError(409, `Version must be incremented on update. Current version is: ${property.version.number}`);
  }
  Object.assign(property, { key: parsed.data.key, value: parsed.data.value, version: version(ctx, parsed.data.version.number, parsed.data.version.message) });
  return json(200, property);
}

export function deleteProperty(ctx: RouteContext): Response {
  if (ctx.principal.type === 'anonymous') return confluenceError(401, 'Unauthorized');
  const target = page(ctx, true);
  const property = target && findProperty(ctx, target);
  if (!target || !property) return pageMissing();
  const properties = propertiesOf(ctx, target.id);
  properties.splice(properties.indexOf(property), 1);
  return noContent();
}
