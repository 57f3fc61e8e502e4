import { view } from '@forge/bridge';

/**
 * Asks Jira or Confluence for the viewer's theme (`view.theme.enable()`): the host then defines the `--ds-*`
 * design tokens in this frame and marks `<html data-color-mode>`, and keeps both current when the viewer
 * switches theme. A host that refuses leaves the light fallbacks of tokens.css, which still read well.
 */
export async function enableTheme(enable: () => Promise<void> = () => view.theme.enable()): Promise<void> {
  try {
    await enable();
  } catch (error: unknown) {
    console.warn(`Keel could not follow the site's theme: ${error instanceof Error ? error.message : String(error)}`);
  }
}
