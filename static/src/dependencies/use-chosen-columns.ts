/**
 * The schedule table's chosen columns, remembered in this browser (localStorage, as the map/Gantt choice is:
 * use-remembered.ts) and read back only as known column ids; storage refused or a stored value not understood
 * gives every column, and the choice then lasts the visit.
 */
import { useCallback, useState } from 'react';
import { SCHEDULE_SORT_COLUMNS, type ScheduleSortColumn } from '@contract';

const STORAGE_KEY = 'keel:schedule:columns';
const ALL: readonly ScheduleSortColumn[] = SCHEDULE_SORT_COLUMNS;

/** Known ids of a stored value, or null when it is not a list of strings. */
export function parseChosenColumns(stored: string | null): ScheduleSortColumn[] | null {
  if (stored === null) return null;
  try {
    const value: unknown = JSON.parse(stored);
    if (!Array.isArray(value)) return null;
    return ALL.filter((id) => value.includes(id));
  } catch {
    // Written by an older Keel or by hand: not a choice Keel can read, so every column shows.
    return null;
  }
}

function read(): ScheduleSortColumn[] {
  try {
    return parseChosenColumns(window.localStorage.getItem(STORAGE_KEY)) ?? [...ALL];
  } catch (error) {
    console.warn('Keel could not read the remembered schedule columns:', error instanceof Error ? error.message : error);
    return [...ALL];
  }
}

export function useChosenColumns(): [ScheduleSortColumn[], (next: ScheduleSortColumn[]) => void] {
  const [chosen, setChosen] = useState<ScheduleSortColumn[]>(read);
  const choose = useCallback((next: ScheduleSortColumn[]) => {
    const ordered = ALL.filter((id) => id === 'key' || next.includes(id));
    setChosen(ordered);
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(ordered));
    } catch (error) {
      console.warn('Keel could not remember the schedule columns:', error instanceof Error ? error.message : error);
    }
  }, []);
  return [chosen, choose];
}
