/**
 * Fakes only `Date` (timers, microtasks and the event loop stay real), as a test that pins the app's clock needs:
 * jest's modern fake timers with every other API left alone. `advance` lets the faked clock run on with real time
 * from the pinned moment. Jest keeps fake-timer state per test file, and so does this module's flag.
 */
import { jest } from '@jest/globals';
import type { Config } from '@jest/types';

type Fakeable = NonNullable<Config.FakeTimersConfig['doNotFake']>[number];


const realApis: Fakeable[] = [
  'hrtime', 'nextTick', 'performance', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame',
  'requestIdleCallback', 'cancelIdleCallback', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval',
  'setTimeout', 'clearTimeout',
];

let faked = false;

export function fakeDate(at: Date | string | number, options: { advance?: boolean } = {}): void {
  jest.useFakeTimers({ doNotFake: realApis, advanceTimers: options.advance ?? false, now: new Date(at) });
  faked = true;
}

export function dateIsFaked(): boolean {
  return faked;
}

export function realDate(): void {
  jest.useRealTimers();
  faked = false;
}
