/**
 * Background work (own checks over a whole document) in short slices. Between two slices the
 * event loop answers whatever the client asked; while the client keeps asking (a run of
 * hovers, the requests an editor sends on opening a file), the work waits until it has been
 * quiet for a moment, so the user's requests never queue behind it.
 */

/** When the client last sent a request. */
export class RequestActivity {
  private last = Number.NEGATIVE_INFINITY;

  noteRequest(): void {
    this.last = performance.now();
  }

  /** Milliseconds to wait before the next slice so that `quietMs` pass without a request; 0 when they have. */
  waitFor(quietMs: number): number {
    return Math.max(0, this.last + quietMs - performance.now());
  }

  /** Resolves once the client has been quiet for `quietMs` (at once if it has). */
  async whenQuiet(quietMs = QUIET_MS): Promise<void> {
    for (let wait = this.waitFor(quietMs); wait > 0; wait = this.waitFor(quietMs)) {
      await new Promise<void>((resolve) => setTimeout(resolve, Math.ceil(wait)));
    }
  }
}

/** How long the client must have been quiet before background work takes its next slice. */
const QUIET_MS = 3;

/**
 * Runs a stepwise computation in slices of about `sliceMs`, yielding to the event loop between
 * them (and, given `activity`, giving way to a run of requests); undefined once `stillWanted`
 * says no.
 */
export async function runInSlices<T>(steps: Generator<void, T>, sliceMs: number, stillWanted: () => boolean, activity?: RequestActivity): Promise<T | undefined> {
  for (;;) {
    const until = performance.now() + sliceMs;
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (performance.now() >= until) break;
    }
    await new Promise<void>((resolve) => setImmediate(resolve));
    await activity?.whenQuiet();
    if (!stillWanted()) return undefined;
  }
}
