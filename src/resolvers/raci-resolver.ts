/** `raci/get`: the project's RACI matrix for the signed-in user (every read as that user). */
import { getRaci } from '../use-cases/get-raci';
import { reportPorts } from './report-ports';
import { wrapResolver } from './resolver-wrapper';

export const raciResolver = wrapResolver('raci/get', (payload) => getRaci(reportPorts(), { projectKey: payload.projectKey }));
