/**
 * When to re-check an open document: at once on open, and after an edit only once typing
 * pauses. Opening also reports a content change; that version is being checked already, so
 * the pacer lets it pass.
 */

/** Pause after an edit before checking, so that typing does not queue checks. */
export const CHANGE_DELAY_MS = 200;

export class EditPacer {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly openedVersions = new Map<string, number>();

  constructor(private readonly delayMs = CHANGE_DELAY_MS) {}

  opened(uri: string, version: number): void {
    this.openedVersions.set(uri, version);
  }

  /** Runs `check` once edits to `uri` pause; an edit before then starts the wait again. */
  changed(uri: string, version: number, check: () => void): void {
    if (this.openedVersions.get(uri) === version) return;
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        check();
      }, this.delayMs),
    );
  }

  closed(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.openedVersions.delete(uri);
  }
}
