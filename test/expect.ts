/**
 * Jest's `expect`, taking an optional message as vitest's did: `expect(value, 'what it is').toBe(...)`. When the
 * assertion fails, the message comes first in the failure, so a table-driven case names itself. Every matcher,
 * `.not`, `.resolves` and `.rejects` keep jest's own behaviour and types.
 */
import { expect as jestExpect } from '@jest/globals';

type Matchers<T> = ReturnType<typeof jestExpect<T>>;

function named(error: unknown, message: string): Error {
  if (!(error instanceof Error)) return new Error(`${message}\n\n${String(error)}`);
  error.message = `${message}\n\n${error.message}`;
  return error;
}

function withMessage<M extends object>(matchers: M, message: string): M {
  return new Proxy(matchers, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value === 'object' && value !== null) return withMessage(value, message);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]): unknown => {
        try {
          const result: unknown = Reflect.apply(value as (...a: unknown[]) => unknown, target, args);
          return result instanceof Promise ? result.catch((error: unknown) => Promise.reject(named(error, message))) : result;
        } catch (error) {
          throw named(error, message);
        }
      };
    },
  });
}

function expectWithMessage<T>(actual: T, message?: string): Matchers<T> {
  const matchers = jestExpect(actual);
  return message === undefined ? matchers : withMessage(matchers, message);
}

export const expect: typeof jestExpect & (<T>(actual: T, message?: string) => Matchers<T>) = Object.assign(expectWithMessage, jestExpect);
