/** `--settings FILE`: Keel's settings from a JSON file, checked like stored settings are. */
import { readFile } from 'node:fs/promises';
import { AppError } from '../app-error';
import { migrateSettings } from '../config/migrate-settings';
import { defaultSettings, type Settings } from '../config/settings';
import { UsageError } from './usage-error';

export async function loadSettingsFile(file: string | null): Promise<Settings> {
  if (file === null) return defaultSettings;
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read settings file ${file}: ${error instanceof SyntaxError ? 'it is not JSON' : error instanceof Error && 'code' in error ? String(error.code) : 'unreadable'}`);
  }
  try {
    return migrateSettings(json);
  } catch (error) {
    if (error instanceof AppError) throw new UsageError(`settings file ${file}: ${error.message}`);
    throw error;
  }
}
