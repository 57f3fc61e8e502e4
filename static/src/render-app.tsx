/**
 * The app itself, loaded by main.tsx once the first answers are on their way: React, the views' router and the
 * contract's schemas are most of the code a page loads, and the first answers need none of them.
 */
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { enableTheme } from './context/enable-theme';

/** Renders Keel into `container` (main.tsx has started loading the module's view). */
export async function renderApp(container: HTMLElement): Promise<void> {
  // The theme before the first render, so a dark page never flashes white.
  await enableTheme();
  createRoot(container).render(<App />);
}
