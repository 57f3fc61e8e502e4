/**
 * A choice remembered in this browser (localStorage, which Forge's Custom UI iframe allows: it is same-origin),
 * read back only when it is one of `allowed`. Where storage is refused (private modes), the choice lasts the visit.
 */
import { useCallback, useState } from 'react';

function read<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
  try {
    const stored = window.localStorage.getItem(key);
    return allowed.find((a) => a === stored) ?? fallback;
  } catch (error) {
    console.warn(`Keel could not read the remembered ${key}:`, error instanceof Error ? error.message : error);
    return fallback;
  }
}

export function useRemembered<T extends string>(key: string, allowed: readonly T[], fallback: T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => read(key, allowed, fallback));
  const remember = useCallback(
    (next: T) => {
      setValue(next);
      try {
        window.localStorage.setItem(key, next);
      } catch (error) {
        console.warn(`Keel could not remember ${key}:`, error instanceof Error ? error.message : error);
      }
    },
    [key],
  );
  return [value, remember];
}
