/**
 * Arrow-key movement between the cells of a table (the WAI-ARIA grid pattern): one cell is in the tab order,
 * arrows, Home and End move focus to a neighbouring `[data-grid-cell]`. Cells are found by row and column index.
 */
import { useCallback, type KeyboardEvent } from 'react';

const MOVES: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

export function useGridKeys(): (event: KeyboardEvent<HTMLTableElement>) => void {
  return useCallback((event: KeyboardEvent<HTMLTableElement>) => {
    const target = event.target;
    if (!(target instanceof HTMLElement) || target.dataset.gridCell === undefined) return;
    const row = Number(target.dataset.row);
    const col = Number(target.dataset.col);
    const move = MOVES[event.key];
    const lastCol = Number(event.currentTarget.dataset.cols ?? '0') - 1;
    const next = move ? [row + move[0], col + move[1]] : event.key === 'Home' ? [row, 0] : event.key === 'End' ? [row, lastCol] : null;
    if (!next) return;
    const cell = event.currentTarget.querySelector<HTMLElement>(`[data-grid-cell][data-row="${next[0]}"][data-col="${next[1]}"]`);
    if (!cell) return;
    event.preventDefault();
    target.tabIndex = -1;
    cell.tabIndex = 0;
    cell.focus();
  }, []);
}
