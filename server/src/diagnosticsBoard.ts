/**
 * One place that publishes diagnostics: several producers (nvcc's compile, the inline-asm
 * checks, ptxas on the asm statements) report on the same document, each under its own name,
 * and the client always gets their union.
 */
import type { Connection, Diagnostic } from 'vscode-languageserver/node';

export class DiagnosticsBoard {
  private readonly byUri = new Map<string, Map<string, Diagnostic[]>>();

  constructor(private readonly connection: Connection) {}

  /** Replaces what `producer` says about `uri` and publishes the union. */
  set(uri: string, producer: string, diagnostics: Diagnostic[]): void {
    let producers = this.byUri.get(uri);
    if (!producers) this.byUri.set(uri, (producers = new Map()));
    if (diagnostics.length === 0 && !producers.has(producer)) {
      // Nothing said before and nothing now: still publish once, so a first empty report clears stale state.
      if (producers.size > 0) return;
    }
    if (diagnostics.length === 0) producers.delete(producer);
    else producers.set(producer, diagnostics);
    void this.connection.sendDiagnostics({ uri, diagnostics: [...producers.values()].flat() });
    if (producers.size === 0) this.byUri.delete(uri);
  }

  /** What `producer` last said about `uri`. */
  get(uri: string, producer: string): Diagnostic[] {
    return this.byUri.get(uri)?.get(producer) ?? [];
  }
}
