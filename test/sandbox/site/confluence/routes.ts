/** The emulated Confluence Cloud REST v2 operations, templates relative to /wiki/api/v2. */
import type { Route } from '../context';
import { deletePage } from './pages-delete';
import { getPage, listPages } from './pages-read';
import { createPage, updatePage } from './pages-write';
import { createProperty, deleteProperty, getProperty, listProperties, updateProperty } from './properties';
import { getSpace, listSpaces } from './spaces';

export const confluenceRoutes: readonly Route[] = [
  { method: 'GET', template: '/spaces', handle: listSpaces },
  { method: 'GET', template: '/spaces/{id}', handle: getSpace },
  { method: 'GET', template: '/pages', handle: listPages },
  { method: 'POST', template: '/pages', handle: createPage },
  { method: 'GET', template: '/pages/{id}', handle: getPage },
  { method: 'PUT', template: '/pages/{id}', handle: updatePage },
  { method: 'DELETE', template: '/pages/{id}', handle: deletePage },
  { method: 'GET', template: '/pages/{page-id}/properties', handle: listProperties },
  { method: 'POST', template: '/pages/{page-id}/properties', handle: createProperty },
  { method: 'GET', template: '/pages/{page-id}/properties/{property-id}', handle: getProperty },
  { method: 'PUT', template: '/pages/{page-id}/properties/{property-id}', handle: updateProperty },
  { method: 'DELETE', template: '/pages/{page-id}/properties/{property-id}', handle: deleteProperty },
];
