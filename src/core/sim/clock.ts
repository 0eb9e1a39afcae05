import type { VirtualSeconds } from '../model/types';

/** Injected time source; the core never reads the wall clock. */
export interface Clock {
  now(): VirtualSeconds;
}

/** A clock that moves only when told to (tests, scenarios, lessons, the panel's play/step). */
export class ManualClock implements Clock {
  constructor(private current: VirtualSeconds = 0) {}
  now(): VirtualSeconds {
    return this.current;
  }
  advance(seconds: number): void {
    if (!(seconds >= 0)) throw new RangeError(`cannot advance by ${seconds}`);
    this.current += seconds;
  }
  set(seconds: VirtualSeconds): void {
    this.current = seconds;
  }
}

/** Fixed wall-clock origin for printing virtual times as RFC 3339 timestamps (creationTimestamp etc.). */
export const EPOCH_MS = Date.UTC(2025, 0, 1, 0, 0, 0);

let lastTime: VirtualSeconds | undefined;
let lastStamp = '';

/** The RFC 3339 timestamp of a virtual time (the last one is remembered: many objects share a settle's time). */
export function toTimestamp(t: VirtualSeconds): string {
  if (t !== lastTime) {
    lastStamp = new Date(EPOCH_MS + Math.round(t * 1000)).toISOString().replace(/\.\d{3}Z$/, 'Z');
    lastTime = t;
  }
  return lastStamp;
}
