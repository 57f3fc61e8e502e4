import type { MouseEvent } from 'react';

/** A plain left click: the app follows it itself; a middle-click or Ctrl, Cmd, Shift or Alt is the browser's. */
export function isPlainClick(event: Pick<MouseEvent, 'button' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): boolean {
  return event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
}
