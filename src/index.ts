/** The handlers manifest.yml names, and nothing else. */
import Resolver from '@forge/resolver';
import { overviewResolver } from './resolvers/overview-resolver';
import { issueScheduleResolver, scheduleResolver } from './resolvers/schedule-resolvers';

export const resolver = new Resolver()
  .define('overview/get', overviewResolver)
  .define('schedule/get', scheduleResolver)
  .define('schedule/issue', issueScheduleResolver)
  .getDefinitions();
