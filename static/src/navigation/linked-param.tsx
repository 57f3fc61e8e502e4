/**
 * A tab's state that belongs in the page's address (the map's focus, the Risks heat cell). Inside the project
 * page it reads and writes the page location's query; elsewhere (a macro, the issue panel) it is plain state.
 */
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

export interface LinkedParams {
  params: Readonly<Record<string, string>>;
  setParam: (name: string, value: string | null) => void;
}

const LinkedParamsContext = createContext<LinkedParams | null>(null);

export function LinkedParamsProvider({ value, children }: { value: LinkedParams; children: ReactNode }) {
  return <LinkedParamsContext.Provider value={value}>{children}</LinkedParamsContext.Provider>;
}

/** `[value, setValue]` of one linked parameter; null when absent. */
export function useLinkedParam(name: string): [string | null, (value: string | null) => void] {
  const linked = useContext(LinkedParamsContext);
  const [local, setLocal] = useState<string | null>(null);
  const set = useCallback((value: string | null) => (linked ? linked.setParam(name, value) : setLocal(value)), [linked, name]);
  return [linked ? (linked.params[name] ?? null) : local, set];
}
