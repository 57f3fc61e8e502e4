/**
 * The module frame's side of `view.createHistory()`: the `history` object Forge hands the app (v4 shape:
 * `location`, `push`, `replace`, `go`, `goBack`, `goForward`, `listen`). Forge passes a live object across
 * frames; the sandbox's postMessage cannot carry functions, so the object lives here and tells the host of
 * each change (`historyUpdate`, `historyGo`); the host tells it of back and forward (a `history` message).
 */
import { appPathOf, historyTarget, resolveTarget, type AppLocation } from './app-location';

type Action = 'POP' | 'PUSH' | 'REPLACE';
type Listener = (location: AppLocation, action: Action) => void;
type Forward = (op: string, payload?: unknown) => Promise<unknown>;

export interface FrameHistory {
  location: AppLocation;
  action: Action;
  length: number;
  push: (path: unknown, state?: unknown) => void;
  replace: (path: unknown, state?: unknown) => void;
  go: (delta: number) => void;
  goBack: () => void;
  goForward: () => void;
  back: () => void;
  forward: () => void;
  listen: (listener: Listener) => () => void;
  block: () => () => void;
  createHref: (location: Pick<AppLocation, 'pathname' | 'search' | 'hash'>) => string;
  /** The host's `history` message: the browser went back or forward. */
  popped: (location: AppLocation) => void;
}

const report = (op: string) => (error: unknown) => console.error(`Keel sandbox: history ${op} failed:`, error instanceof Error ? error.message : error);

export function frameHistory(initial: AppLocation, forward: Forward): FrameHistory {
  let listeners: Listener[] = [];
  const notify = (location: AppLocation, action: Action) => {
    history.location = location;
    history.action = action;
    for (const listener of [...listeners]) listener(location, action);
  };
  const change = (replace: boolean) => (path: unknown, state?: unknown) => {
    const location = resolveTarget(historyTarget.parse(path), history.location, state);
    if (!replace) history.length += 1;
    // As the `history` package does: the location changes at once; the host's address follows.
    notify(location, replace ? 'REPLACE' : 'PUSH');
    forward('historyUpdate', { location, replace }).catch(report(replace ? 'replace' : 'push'));
  };
  const go = (delta: number) => void forward('historyGo', { delta }).catch(report('go'));
  const history: FrameHistory = {
    location: initial,
    action: 'POP',
    length: 1,
    push: change(false),
    replace: change(true),
    go,
    goBack: () => go(-1),
    goForward: () => go(1),
    back: () => go(-1),
    forward: () => go(1),
    listen: (listener) => {
      listeners.push(listener);
      return () => {
        listeners = listeners.filter((l) => l !== listener);
      };
    },
    // Jira offers no navigation blocking to apps; the sandbox accepts the call and blocks nothing.
    block: () => () => undefined,
    createHref: appPathOf,
    popped: (location) => notify(location, 'POP'),
  };
  return history;
}
