/**
 * The Custom UI's entry: reads Forge's context and starts the module's first answers (first-answers.ts) and its
 * view's code (view-imports.ts) before anything else loads, then loads the app (render-app.tsx). This file and
 * what it imports are all the code the first answers wait for (about 105 KB minified: the bridge, zod/mini, the
 * context's schemas); React, the app and the contract's schemas (270 KB more) load while the resolvers run
 * (issue #11: a panel's first call started only once all of them were loaded and run).
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
  const started = loadForgeContext().then(
    (context) => {
      const placement = { issueKey: panelIssueOf(context.extension)?.key, projectKey: context.extension.project?.key };
      startFirstAnswers(firstCallsOf(context.moduleKey, placement, context.extension), invokeIn(context.extension));
      preloadViewOf(context.moduleKey);
    },
    // A context that cannot be read starts nothing here: the app shows why (app.tsx).
    () => undefined,
  );
  // The app renders whatever happened above: an early start that failed only costs the view its head start.
  const early = started.catch((error: unknown) => console.error(`Keel could not start its first answers early: ${error instanceof Error ? error.message : String(error)}`));
  void early.then(async () => (await import('./render-app')).renderApp(container));
}
