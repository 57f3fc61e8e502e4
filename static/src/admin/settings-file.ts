import type { Settings } from '@contract';

/** Offers the settings as a JSON file the admin can keep, or import on another site or later. */
export function downloadSettings(settings: Settings, name: string): void {
  const blob = new Blob([`${JSON.stringify(settings, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** The text of a file the admin chose. */
export function readFileText(file: File): Promise<string> {
  return file.text();
}
