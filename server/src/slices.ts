/**
 * Background work (own checks over a whole document) in short slices. Between two slices the
 * event loop answers whatever the client asked; while the client keeps asking (a run of
 * hovers, the requests an editor sends on opening a file), the work waits until it has been
 * quiet for a moment, so the user's requests never queue behind it.
 */

/** When the client last sent a request, and how many answers are still being prepared. */
export class RequestActivity {
  private last = Number.NEGATIVE_INFINITY;
  private inFlight = 0;

  /** `unsent` tells how many bytes of answers are still waiting to leave the process (0 when unknown). */
  constructor(private readonly unsent: () => number = () => 0) {}

  noteRequest(): void {
    this.last = performance.now();
  }

  /** An answer that waits for something (c++filt): background work keeps waiting until it is sent. */
  async during<T>(answer: () => Promise<T>): Promise<T> {
    this.noteRequest();
    this.inFlight++;
    try {
      return await answer();
    } finally {
      this.inFlight--;
      this.noteRequest();
    }
  }

  /** Milliseconds to wait before the next slice so that `quietMs` pass without a request; 0 when they have. */
  waitFor(quietMs: number): number {
    // An answer still leaving (a large outline goes out in pieces, one per turn of the event loop) counts as activity.
    if (this.inFlight > 0 || this.unsent() > 0) return quietMs;
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
