/**
 * The Custom UI's entry: reads Forge's context and starts the module's first answers (first-answers.ts) and its
 * view's code (view-imports.ts) before anything else loads, then loads the app (render-app.tsx). This file and what it imports are all the code the
 * first answers wait for (a few KB: the bridge, zod/mini and the context's schemas); React and the contract's
 * schemas load while the resolvers run (issue #11: a panel's first call started only once they were parsed).
 */
import * as z from 'zod/mini';
import { firstCallsOf, startFirstAnswers } from './api/first-answers';
import { invokeIn } from './api/invoke-now';
import { loadForgeContext } from './context/forge-context';
import { panelIssueOf } from './issue-panel/issue-panel-context';
import { preloadViewOf } from './view-imports';
import './styles/main.css';

// Forge's CSP forbids eval: without this zod probes `new Function`, which the browser reports as a violation.
z.config({ jitless: true });

const container = document.getElementById('root');
if (container) {
  // A context that cannot be read starts nothing here: the app shows why (app.tsx).
  const started = loadForgeContext().then(
    (context) => {
      const placement = { issueKey: panelIssueOf(context.extension)?.key, projectKey: context.extension.project?.key };
      startFirstAnswers(firstCallsOf(context.moduleKey, placement, context.extension), invokeIn(context.extension));
      preloadViewOf(context.moduleKey);
    },
    () => undefined,
  );
  void started.then(async () => (await import('./render-app')).renderApp(container));
}
