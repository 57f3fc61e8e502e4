import { createRoot } from 'react-dom/client';
import * as z from 'zod/mini';
import { App, preloadViewOf } from './app';
import { invokeNow } from './api/call-resolver';
import { firstCallsOf, startFirstAnswers } from './api/first-answers';
import { loadForgeContext } from './context/forge-context';
import { panelIssueOf } from './issue-panel/issue-panel-context';
import { enableTheme } from './context/enable-theme';
import './styles/main.css';

// Forge's CSP forbids eval: without this zod probes `new Function`, which the browser reports as a violation.
z.config({ jitless: true });

const container = document.getElementById('root');
if (container) {
  // The module's code and first answers start as soon as Forge's context names it, while the theme is set.
  loadForgeContext().then((context) => {
    preloadViewOf(context.moduleKey);
    startFirstAnswers(firstCallsOf(context.moduleKey, { issueKey: panelIssueOf(context.extension)?.key, projectKey: context.extension.project?.key }, context.extension), invokeNow);
  }, () => undefined);
  // The theme before the first render, so a dark page never flashes white.
  void enableTheme().then(() => createRoot(container).render(<App />));
}
