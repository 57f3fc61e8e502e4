/**
 * The one formatter every view uses: set from the Forge context's locale and time zone when the app starts
 * (loadForgeContext), en-US in UTC until then and in tests.
 */
import { viewerFormat, type ViewerFormat, type ViewerFormatOptions } from '../../../src/format/viewer-format';

let current: ViewerFormat = viewerFormat();

export function setViewerFormat(options: ViewerFormatOptions): void {
  current = viewerFormat(options);
}

export function fmt(): ViewerFormat {
  return current;
}
