/** The handlers manifest.yml names, and nothing else. */
import Resolver from '@forge/resolver';
import { overviewResolver } from './resolvers/overview-resolver';

export const resolver = new Resolver().define('overview/get', overviewResolver).getDefinitions();
