/** What the simulated components share: the store, randomness, the run's modes, deletion and timers. */
import type { ClusterStore } from '../cluster/store';
import type { Rng } from './rng';

export interface SimModes {
  readiness: 'auto' | 'manual';
  deletion: 'instant' | 'graceful';
}

export interface BackoffEntry {
  delay: number;
  lastUpdate: number;
}

export interface SimContext {
  readonly store: ClusterStore;
  readonly rng: Rng;
  readonly modes: SimModes;
  /** flowcontrol.Backoff state for failed daemon pods (R35), keyed `<ds uid>/<observedGeneration>/<node>`. */
  readonly failedPodsBackoff: Map<string, BackoffEntry>;
  /**
   * Deletes a pod as the API server does: graceful (deletionTimestamp, removed after the grace period) for a
   * bound, non-terminal pod in graceful mode, otherwise at once. `force` removes it at once (PodGC).
   */
  deletePod(name: string, force?: boolean): void;
  /** Wakes the simulation at virtual time `at` (a requeue); `key` de-duplicates, `fn` runs before settling. */
  wakeAt(at: number, key: string, fn?: () => void): void;
  cancelWake(key: string): void;
}
