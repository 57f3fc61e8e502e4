/**
 * The app itself, loaded by main.tsx once the first answers are on their way: React, the views' router and the
 * contract's schemas are most of the code a page loads, and the first answers need none of them.
 */
import { createRoot } from 'react-dom/client';
import { App, preloadViewOf } from './app';
import { enableTheme } from './context/enable-theme';

/** Renders Keel into `container`; `moduleKey`, when Forge's context named it, starts loading its view at once. */
export async function renderApp(container: HTMLElement, moduleKey: string | undefined): Promise<void> {
  if (moduleKey !== undefined) preloadViewOf(moduleKey);
  // The theme before the first render, so a dark page never flashes white.
  await enableTheme();
  createRoot(container).render(<App />);
}
