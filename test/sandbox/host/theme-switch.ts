/**
 * The sandbox's theme switch: Jira's and Confluence's "Theme" setting (light or dark), kept in the URL
 * (`theme=dark`). The host page's own chrome follows it; a Keel module follows it once it calls
 * `view.theme.enable()`, as in Jira.
 */
import type { ColorMode } from './design-tokens';
import { html, type SafeHtml } from './html';

export function themeSwitch(theme: ColorMode): SafeHtml {
  const option = (value: ColorMode, label: string) => html`<option value="${value}"${value === theme ? html` selected` : ''}>${label}</option>`;
  return html`<label>Theme
      <select name="theme">${option('light', 'Light')}${option('dark', 'Dark')}</select>
    </label>`;
}
