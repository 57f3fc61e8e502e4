/**
 * The views' own code, each its own chunk (issue #13, item 6), and the early start of the one a module shows:
 * main.tsx starts it with the first answers, before React and the app load (issue #11), so the view's code, the
 * app and the answers all come at once. Light on purpose: it imports nothing but the chunks, when asked.
 */
import { macroKindOf } from './macros/macro-context';

export const importProjectPage = () => import('./views/project-page');
export const importIssuePanel = () => import('./issue-panel/issue-panel');
export const importMacroApp = () => import('./macros/macro-app');

/**
 * Starts loading a module's view as soon as its key is known (the browser loads a module once: the lazy view
 * then finds it loaded or on its way). The views users open most.
 */
export function preloadViewOf(moduleKey: string): void {
  const load = moduleKey === 'keel-project-page' ? importProjectPage : moduleKey === 'keel-issue-panel' ? importIssuePanel : macroKindOf(moduleKey) ? importMacroApp : null;
  // A failed load shows where the view renders (its Suspense boundary), not here.
  load?.().catch(() => undefined);
}
